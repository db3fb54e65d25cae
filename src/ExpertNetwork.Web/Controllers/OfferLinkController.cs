using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// The offer link from the expert's email: no account, one visit. GET only shows (mail scanners open links first);
/// accepting, declining, preparing the NDA and the "opened" beacon are POSTs with antiforgery. Every response is
/// uncacheable and kept out of search engines.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[EnableRateLimiting(WebComposition.ExpertLinkRateLimit)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Route("offers/{token}")]
public sealed class OfferLinkController(OpenOfferLinkHandler open, MarkOfferOpenedHandler opened) : Controller
{
    private const string JustAcceptedKey = "OfferJustAccepted";
    private const string JustDeclinedKey = "OfferJustDeclined";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        ExpertLinkActor.Mark(HttpContext, "offer", RouteData.Values["token"] as string);
        base.OnActionExecuting(context);
    }

    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var link = await open.HandleAsync(new GetOfferLinkQuery(token), cancellationToken);
        if (link is null)
            return Closed(Unknown);
        return link.State switch
        {
            OfferLinkState.Answerable => View("Offer", new OfferPageModel(token, link,
                new OfferAcceptForm { ContractSha256 = link.Contract!.Sha256, NdaSha256 = link.Nda?.Document?.Sha256 }, new OfferDeclineForm())),
            OfferLinkState.Accepted => View("Accepted", new OfferAcceptedPageModel(token, link, TempData[JustAcceptedKey] is true)),
            OfferLinkState.Declined when TempData[JustDeclinedKey] is true => View("Closed", new OfferClosedPageModel(StatusCodes.Status200OK,
                "Thank you, the offer is declined", "We have let the program team know. You are not engaged on this project, and nothing else has changed. We will keep you in mind for future work.")),
            OfferLinkState.Declined => Closed(Declined(StatusCodes.Status410Gone)),
            OfferLinkState.Expired => Closed(Expired),
            OfferLinkState.RequestClosed => Closed(RequestClosed),
            OfferLinkState.Filled => Closed(Filled),
            _ => Closed(Withdrawn(link.EndReason)),
        };
    }

    /// <summary>The contract of an open offer as a PDF to read: rendered for this response, nothing stored or changed.</summary>
    [HttpGet("contract.pdf")]
    public async Task<IActionResult> ContractPreview(string token, [FromServices] PreviewOfferContractHandler preview, CancellationToken cancellationToken)
    {
        var pdf = await preview.HandleAsync(new PreviewOfferContractQuery(token), cancellationToken);
        if (pdf is null)
            return Closed(new OfferClosedPageModel(StatusCodes.Status404NotFound, "The contract preview is not available",
                "The preview is shown only while the offer is open. If you accepted it, your signed contract was sent to you by email."));
        Response.Headers.ContentDisposition = "inline; filename=\"contract-preview.pdf\"";
        return File(pdf, "application/pdf");
    }

    [HttpGet("accepted.pdf")]
    public async Task<IActionResult> AcceptedContract(string token, [FromServices] GetAcceptedContractHandler accepted, CancellationToken cancellationToken)
    {
        var file = await accepted.HandleAsync(new GetAcceptedContractQuery(token), cancellationToken);
        return file is null
            ? Closed(new OfferClosedPageModel(StatusCodes.Status404NotFound, "The contract is no longer available here",
                "The accepted contract can be downloaded from this link for seven days after acceptance. You also received it as a PDF attached to the confirmation email. If you need another copy, reply to that email."))
            : File(file.Content, "application/pdf", file.FileName);
    }

    /// <summary>Sent by the page's script when a browser shows the offer: the funnel's "opened". Scanners do not run it.</summary>
    [HttpPost("opened")]
    public async Task<IActionResult> Opened(string token, CancellationToken cancellationToken)
    {
        await opened.HandleAsync(new MarkOfferOpenedCommand(token), cancellationToken);
        return NoContent();
    }

    /// <summary>Prepares the NDA to sign with the offer when none was waiting (a preceding step on the same page).</summary>
    [HttpPost("nda")]
    public async Task<IActionResult> PrepareNda(string token, [FromServices] PrepareOfferNdaHandler prepare, CancellationToken cancellationToken)
    {
        await opened.HandleAsync(new MarkOfferOpenedCommand(token), cancellationToken);
        await prepare.HandleAsync(new PrepareOfferNdaCommand(token), cancellationToken);
        return Redirect($"/offers/{Uri.EscapeDataString(token)}#nda");
    }

    [HttpPost("accept")]
    public async Task<IActionResult> Accept(string token, [Bind(Prefix = "Form")] OfferAcceptForm form, [FromServices] AcceptOfferHandler accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await opened.HandleAsync(new MarkOfferOpenedCommand(token), cancellationToken);
        return await this.OrFormAsync(async () =>
        {
            var result = await accept.HandleAsync(
                new AcceptOfferCommand(token, form.FullName, form.Consent, form.ContractSha256, form.NdaConsent, form.NdaSha256,
                    form.Employers, form.OtherInterests, form.ConflictConfirmed,
                    HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
                cancellationToken);
            switch (result.Outcome)
            {
                case AcceptOfferOutcome.Accepted:
                    TempData[JustAcceptedKey] = true;
                    return RedirectToAction(nameof(Show), new { token });
                case AcceptOfferOutcome.AlreadyAccepted:
                    return RedirectToAction(nameof(Show), new { token });
                case AcceptOfferOutcome.Declined:
                    return Closed(Declined(StatusCodes.Status409Conflict));
                case AcceptOfferOutcome.Expired:
                    return Closed(Expired);
                case AcceptOfferOutcome.Withdrawn:
                    return Closed(Withdrawn(null));
                case AcceptOfferOutcome.RequestClosed:
                    return Closed(RequestClosed);
                case AcceptOfferOutcome.Filled:
                    return Closed(FilledOnAccept);
                case AcceptOfferOutcome.NotEligible:
                    return Closed(new OfferClosedPageModel(StatusCodes.Status409Conflict, "This offer cannot be accepted at the moment",
                        "When you pressed Accept we checked the requirements of the role again, and these are not met today. Nothing has changed: you have not accepted, and the offer stays open until its deadline. Reply to the offer email and our team will help.",
                        result.Reasons));
                case AcceptOfferOutcome.NdaUnavailable:
                    return Closed(new OfferClosedPageModel(StatusCodes.Status409Conflict, "The NDA for this offer is not ready",
                        "This client requires an NDA before work starts, and its current version is being prepared. Nothing has changed: the offer stays open. Reply to the offer email and we will let you know when you can accept."));
                case AcceptOfferOutcome.Conflict:
                    ModelState.AddModelError("Form.Employers",
                        $"You declared {string.Join(", ", result.Reasons)}, which this client does not allow its experts to work for, so this offer cannot be accepted. Your declaration was recorded and nothing else changed; our team will contact you.");
                    return await AcceptFormAgainAsync(token, form, cancellationToken);
                case AcceptOfferOutcome.UnknownLink:
                default:
                    return Closed(Unknown);
            }
        }, () => AcceptFormAgainAsync(token, form, cancellationToken), fieldPrefix: "Form");
    }

    [HttpPost("decline")]
    public async Task<IActionResult> Decline(string token, [Bind(Prefix = "Decline")] OfferDeclineForm form, [FromServices] DeclineOfferHandler decline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await opened.HandleAsync(new MarkOfferOpenedCommand(token), cancellationToken);
        return await this.OrFormAsync(async () =>
        {
            switch (await decline.HandleAsync(new DeclineOfferCommand(token, form.Reason), cancellationToken))
            {
                case DeclineOfferResult.Declined:
                    TempData[JustDeclinedKey] = true;
                    return RedirectToAction(nameof(Show), new { token });
                case DeclineOfferResult.UnknownLink:
                    return Closed(Unknown);
                default:
                    return await Show(token, cancellationToken);
            }
        }, () => DeclineFormAgainAsync(token, form, cancellationToken), fieldPrefix: "Decline");
    }

    /// <summary>The offer page again with the messages (and, if a document changed, the current documents to read).</summary>
    private async Task<IActionResult> AcceptFormAgainAsync(string token, OfferAcceptForm form, CancellationToken cancellationToken)
    {
        var link = await open.HandleAsync(new GetOfferLinkQuery(token), cancellationToken);
        if (link is null)
            return Closed(Unknown);
        if (link.State != OfferLinkState.Answerable)
            return await Show(token, cancellationToken);
        // The documents' hashes are hidden fields: what is said about them is shown above the form, and they take the current values.
        foreach (var key in new[] { "Form.ContractSha256", "Form.NdaSha256" })
        {
            if (ModelState.TryGetValue(key, out var entry))
            {
                foreach (var error in entry.Errors.ToList())
                    ModelState.AddModelError(string.Empty, error.ErrorMessage);
            }
            ModelState.Remove(key);
        }
        form.ContractSha256 = link.Contract!.Sha256;
        form.NdaSha256 = link.Nda?.Document?.Sha256;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Offer", new OfferPageModel(token, link, form, new OfferDeclineForm()));
    }

    private async Task<IActionResult> DeclineFormAgainAsync(string token, OfferDeclineForm form, CancellationToken cancellationToken)
    {
        var link = await open.HandleAsync(new GetOfferLinkQuery(token), cancellationToken);
        if (link is null)
            return Closed(Unknown);
        if (link.State != OfferLinkState.Answerable)
            return await Show(token, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Offer", new OfferPageModel(token, link,
            new OfferAcceptForm { ContractSha256 = link.Contract!.Sha256, NdaSha256 = link.Nda?.Document?.Sha256 }, form));
    }

    private const string NothingChanged = "Nothing has been accepted or signed.";

    private static readonly OfferClosedPageModel Unknown = new(StatusCodes.Status404NotFound, "This link is not valid",
        "The link may be incomplete (some email programs break long links), or it was replaced by a newer email from us. Please open the most recent offer email and use its button. " + NothingChanged);

    private static readonly OfferClosedPageModel Expired = new(StatusCodes.Status410Gone, "This offer has expired",
        "The time to answer this offer has passed, so it can no longer be accepted. If you are still interested, reply to the offer email. " + NothingChanged);

    private static readonly OfferClosedPageModel RequestClosed = new(StatusCodes.Status410Gone, "This role is no longer open",
        "The program team closed this staffing request, so the offer can no longer be accepted. " + NothingChanged);

    private static readonly OfferClosedPageModel Filled = new(StatusCodes.Status410Gone, "All seats have been filled",
        "Other experts accepted every seat on this project before you answered, so the offer can no longer be accepted. " + NothingChanged + " We will keep you in mind for the next one.");

    private static readonly OfferClosedPageModel FilledOnAccept = new(StatusCodes.Status409Conflict, "All seats have been filled",
        "Other experts accepted the last seat on this project moments before you did, so your acceptance could not be recorded and this offer is now closed. " + NothingChanged + " We will keep you in mind for the next one.");

    private static OfferClosedPageModel Declined(int status) => new(status, "You declined this offer",
        "This offer was declined, so it can no longer be accepted. If you changed your mind, reply to the offer email. Nothing else has changed.");

    private static OfferClosedPageModel Withdrawn(string? reason) => new(StatusCodes.Status410Gone, "This offer was withdrawn",
        (reason is null ? "The program team withdrew this offer" : $"The program team withdrew this offer: {reason.TrimEnd('.')}.")
        + " It can no longer be accepted. If you were not expecting this, reply to the offer email. " + NothingChanged);

    private ViewResult Closed(OfferClosedPageModel model)
    {
        Response.StatusCode = model.Status;
        return View("Closed", model);
    }
}
