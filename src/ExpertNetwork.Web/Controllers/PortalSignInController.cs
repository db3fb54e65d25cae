using ExpertNetwork.Application.Portal;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// How an expert gets into the portal without a password: they ask for a link by email, and the link's page shows a
/// "Continue" button. Only that POST (with antiforgery) spends the link and sets the portal cookie, so a mail scanner
/// that opens the link signs nobody in. The request page answers the same whether or not the address is known.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Route("portal")]
public sealed class PortalSignInController(PortalOptions options) : Controller
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (RouteData.Values["token"] is string token)
            ExpertLinkActor.Mark(HttpContext, "portal", token);
        base.OnActionExecuting(context);
    }

    [HttpGet("sign-in")]
    public IActionResult SignIn(bool signedOut = false) =>
        View(new PortalSignInPageModel(new PortalSignInForm(), false, signedOut));

    [HttpPost("sign-in")]
    [EnableRateLimiting(WebComposition.PortalSignInRateLimit)]
    public async Task<IActionResult> RequestLink([Bind(Prefix = "Form")] PortalSignInForm form, [FromServices] RequestPortalSignInHandler request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("SignIn", new PortalSignInPageModel(form, false, false));
        }
        await request.HandleAsync(new RequestPortalSignInCommand(form.Email), cancellationToken);
        return View("SignIn", new PortalSignInPageModel(new PortalSignInForm { Email = form.Email }, true, false));
    }

    [HttpGet("link/{token}")]
    [EnableRateLimiting(WebComposition.ExpertLinkRateLimit)]
    public async Task<IActionResult> Link(string token, [FromServices] OpenPortalLinkHandler open, CancellationToken cancellationToken)
    {
        var outcome = await open.HandleAsync(new OpenPortalLinkQuery(token), cancellationToken);
        return outcome == PortalLinkOutcome.Usable ? View("Continue", new PortalContinuePageModel(token)) : Closed(outcome);
    }

    [HttpPost("link/{token}")]
    [EnableRateLimiting(WebComposition.ExpertLinkRateLimit)]
    public async Task<IActionResult> Continue(string token, [FromServices] UsePortalLinkHandler use, CancellationToken cancellationToken)
    {
        var result = await use.HandleAsync(new UsePortalLinkCommand(token), cancellationToken);
        if (result.Outcome != PortalLinkOutcome.SignedIn)
            return Closed(result.Outcome);
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, PortalAuthentication.Principal(result.ExpertId!.Value, result.Name!),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(options.SessionHours) });
        return Redirect("/portal");
    }

    private ViewResult Closed(PortalLinkOutcome outcome)
    {
        var model = outcome switch
        {
            PortalLinkOutcome.Used => new PortalClosedPageModel(StatusCodes.Status410Gone, "This sign-in link has been used",
                "Each link signs you in once. If you are not signed in, ask for a new link below; it arrives in a minute."),
            PortalLinkOutcome.Expired => new PortalClosedPageModel(StatusCodes.Status410Gone, "This sign-in link has expired",
                $"Sign-in links work for {options.SignInLinkMinutes} minutes. Ask for a new one below; it arrives in a minute."),
            _ => new PortalClosedPageModel(StatusCodes.Status404NotFound, "This sign-in link is not valid",
                "The link may be incomplete (some email programs break long links). Ask for a new one below."),
        };
        Response.StatusCode = model.Status;
        return View("Closed", model);
    }
}
