using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController : Controller
{
    [Route("{status:int}")]
    public IActionResult Status(int status)
    {
        var (title, message) = status switch
        {
            404 => ("Page not found", "There is nothing at this address. It may have been moved, or the link may be incomplete."),
            403 => ("Not allowed", "Your role does not give access to this page."),
            413 => ("File too large", "The upload is larger than allowed: an evidence file may be at most 10 MB and a CSV import at most 5 MB. Go back and choose a smaller file, or split a CSV into smaller ones."),
            429 => ("Too many attempts", "Too many requests came from your network in a short time. Please wait a minute and try again; nothing was changed."),
            500 => ("Something went wrong", "The request could not be completed. It has been logged; please try again."),
            _ => ("Request not completed", "The request could not be completed."),
        };
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (original is not null && original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            return Problem(statusCode: Response.StatusCode, title: title, detail: message, instance: original);
        return View("Problem", new ProblemViewModel(status, title, message));
    }
}
