using System.Security.Claims;
using System.Text.Encodings.Web;
using ExpertNetwork.Application.Administration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>Authenticates integrations by the X-Api-Key header; answers 401/403 as problem details, never a redirect.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthenticateApiKeyHandler authenticate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string RefusalItem = "ApiKeyNotFoundException";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0)
            return AuthenticateResult.NoResult();
        var check = await authenticate.HandleAsync(new AuthenticateApiKeyCommand(values[0]), Context.RequestAborted);
        if (check.Identity is not { } identity)
        {
            Context.Items[RefusalItem] = check.Refusal;
            return AuthenticateResult.Fail(check.Refusal ?? AuthenticateApiKeyHandler.UnknownKey);
        }
        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, identity.Id.ToString()),
            new Claim(ClaimTypes.Name, $"api-key:{identity.Name}"),
            new Claim(ClaimTypes.Role, identity.Role),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required",
            Context.Items[RefusalItem] as string
            ?? (Request.Headers.ContainsKey(HeaderName) ? AuthenticateApiKeyHandler.UnknownKey : $"Send an API key in the {HeaderName} header."));

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This API key's role may not use this endpoint.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            Response.Headers.WWWAuthenticate = SchemeName;
        return Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}", Instance = Request.Path },
            options: null, contentType: "application/problem+json");
    }
}
