using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// The NDA signing link from the expert's email: no account, one visit. GET only shows (mail scanners open links
/// first); signing is the POST, with antiforgery. Every response is uncacheable and kept out of search engines.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[EnableRateLimiting(WebComposition.ExpertLinkRateLimit)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Route("nda/{token}")]
public sealed class NdaLinkController(OpenNdaLinkHandler open, SignNdaHandler sign, GetSignedNdaByLinkHandler signedCopy) : Controller
{
    private const string JustSignedKey = "NdaJustSigned";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        ExpertLinkActor.Mark(HttpContext, "nda", RouteData.Values["token"] as string);
        base.OnActionExecuting(context);
    }

    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var link = await open.HandleAsync(new OpenNdaLinkQuery(token), cancellationToken);
        if (link is null)
            return Closed(Unknown);
        return link.State switch
        {
            NdaLinkState.Signable => View("Sign", new NdaSignPageModel(token, link, new NdaSignForm { DocumentSha256 = link.Document!.Sha256 })),
            NdaLinkState.Signed => View("Signed", new NdaSignedPageModel(token, link, TempData[JustSignedKey] is true)),
            NdaLinkState.Expired => Closed(Expired),
            _ => Closed(Withdrawn),
        };
    }

    [HttpPost("")]
    public async Task<IActionResult> Sign(string token, [Bind(Prefix = "Form")] NdaSignForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await sign.HandleAsync(
                new SignNdaCommand(token, form.FullName, form.Consent, form.DocumentSha256,
                    HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
                cancellationToken);
            switch (result)
            {
                case SignNdaResult.Signed:
                    TempData[JustSignedKey] = true;
                    return RedirectToAction(nameof(Show), new { token });
                case SignNdaResult.UnknownLink:
                    return Closed(Unknown);
                case SignNdaResult.AlreadySigned:
                    return Closed(AlreadySigned);
                case SignNdaResult.Expired:
                    return Closed(Expired);
                case SignNdaResult.Withdrawn:
                    return Closed(Withdrawn);
                case SignNdaResult.NameMismatch:
                    ModelState.AddModelError("Form.FullName", "Please type your full name as it appears at the top of this page.");
                    break;
                case SignNdaResult.ConsentMissing:
                    ModelState.AddModelError("Form.Consent", "Please tick the box to confirm that you have read the agreement and agree to it.");
                    break;
                case SignNdaResult.DocumentChanged:
                    ModelState.AddModelError(string.Empty, "The agreement was updated while this page was open. Please read it again below, then sign.");
                    break;
            }
        }

        // Show the page again with the messages (and, if the document changed, the current document).
        var link = await open.HandleAsync(new OpenNdaLinkQuery(token), cancellationToken);
        if (link is null)
            return Closed(Unknown);
        if (link.State != NdaLinkState.Signable)
            return await Show(token, cancellationToken);
        ModelState.Remove("Form.DocumentSha256");
        form.DocumentSha256 = link.Document!.Sha256;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Sign", new NdaSignPageModel(token, link, form));
    }

    [HttpGet("signed.pdf")]
    public async Task<IActionResult> SignedCopy(string token, CancellationToken cancellationToken)
    {
        var file = await signedCopy.HandleAsync(new GetSignedNdaByLinkQuery(token), cancellationToken);
        return file is null
            ? Closed(new NdaClosedPageModel(StatusCodes.Status404NotFound, "The signed copy is no longer available here",
                "The signed NDA can be downloaded from this link for seven days after signing. You also received it as a PDF attached to the confirmation email. If you need another copy, reply to that email."))
            : File(file.Content, "application/pdf", file.FileName);
    }

    private static readonly NdaClosedPageModel Unknown = new(StatusCodes.Status404NotFound, "This link is not valid",
        "The link may be incomplete (some email programs break long links), or it was replaced by a newer email from us. Please open the most recent NDA email and use its button. Nothing has been signed.");

    private static readonly NdaClosedPageModel Expired = new(StatusCodes.Status410Gone, "This link has expired",
        "The time to sign this NDA has passed, so it can no longer be signed from this link. Reply to the NDA email and our compliance team will send you a new one. Nothing has been signed.");

    private static readonly NdaClosedPageModel Withdrawn = new(StatusCodes.Status410Gone, "This NDA was withdrawn",
        "Our compliance team withdrew this NDA, so it can no longer be signed. If you were not expecting this, reply to the NDA email and we will explain. Nothing has been signed.");

    private static readonly NdaClosedPageModel AlreadySigned = new(StatusCodes.Status409Conflict, "This NDA is already signed",
        "This NDA was signed already, so there is nothing more to do. Your signed copy was sent to you by email.");

    private ViewResult Closed(NdaClosedPageModel model)
    {
        Response.StatusCode = model.Status;
        return View("Closed", model);
    }
}
