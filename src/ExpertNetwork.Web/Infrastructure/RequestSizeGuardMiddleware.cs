using Microsoft.AspNetCore.Http.Metadata;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Answers 413 at once when a request declares a body larger than its endpoint allows ([RequestSizeLimit]), before
/// antiforgery or model binding read it. Without this, the form reader's limit surfaces as a bare 400 from the
/// antiforgery check; with it, the person sees "too large" and why.
/// </summary>
internal sealed class RequestSizeGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
