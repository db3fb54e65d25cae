using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Application.Timesheets;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// The expert portal: the signed-in expert's engagements, documents, sprints, timesheet and payout statements. Everything is read and
/// changed for the expert in the portal cookie only; another expert's record is simply not found.
/// </summary>
[Authorize(Policy = WebComposition.ExpertsPolicy)]
[ApiExplorerSettings(IgnoreApi = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Route("portal")]
public sealed class PortalController(GetPortalHandler portal, CheckPortalExpertHandler check) : Controller
{
    private Guid ExpertId => PortalAuthentication.ExpertIdOf(User) ?? throw new InvalidOperationException("The portal policy lets only experts in.");

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        // A session outlives nothing: an expert archived or erased since signing in is signed out at the next request.
        if (!await check.HandleAsync(new CheckPortalExpertQuery(ExpertId), HttpContext.RequestAborted))
        {
            await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
            context.Result = Redirect("/portal/sign-in");
            return;
        }
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await portal.HandleAsync(new GetPortalQuery(ExpertId), cancellationToken) is { } view ? View(view) : Redirect("/portal/sign-in");

    [HttpGet("timesheet")]
    public async Task<IActionResult> Timesheet(Guid? edit, CancellationToken cancellationToken)
    {
        var view = await portal.HandleAsync(new GetPortalQuery(ExpertId), cancellationToken);
        if (view is null)
            return Redirect("/portal/sign-in");
        if (edit is { } id)
        {
            var entry = view.Entries.FirstOrDefault(e => e.Id == id && e.Editable);
            if (entry is null)
                return NotFoundPage("These hours cannot be changed", "They are approved (and locked) or no longer exist.");
            return View(new PortalTimesheetPageModel(view, new TimeEntryInput
            {
                EngagementId = entry.EngagementId, SprintId = entry.SprintId, WorkDate = entry.WorkDate, Activity = entry.Activity, Hours = entry.Hours, Note = entry.Note,
            }, entry.Id, entry.Version));
        }
        var first = view.Engagements.FirstOrDefault(e => e.CanLogHours);
        return View(new PortalTimesheetPageModel(view, new TimeEntryInput { EngagementId = first?.Id, WorkDate = view.Today, Activity = first?.Activity }, null, null));
    }

    [HttpPost("timesheet")]
    public Task<IActionResult> Log([Bind(Prefix = "Form")] TimeEntryInput form, [FromServices] SaveTimeEntryHandler save, CancellationToken cancellationToken) =>
        SaveAsync(null, null, form, save, "Your hours are submitted. The programme team reviews them; you can change them until they are approved.", cancellationToken);

    [HttpPost("timesheet/{id:guid}")]
    public Task<IActionResult> Correct(Guid id, int version, [Bind(Prefix = "Form")] TimeEntryInput form, [FromServices] SaveTimeEntryHandler save, CancellationToken cancellationToken) =>
        SaveAsync(id, version, form, save, "Your change is saved and submitted again for review.", cancellationToken);

    [HttpPost("timesheet/{id:guid}/delete")]
    public Task<IActionResult> Delete(Guid id, int version, [FromServices] DeleteTimeEntryHandler delete, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync("/portal/timesheet", () => delete.HandleAsync(new DeleteTimeEntryCommand(ExpertId, id, version), cancellationToken),
            "The hours are deleted.");

    /// <summary>Here rather than with sign-in: the antiforgery token on portal pages belongs to the signed-in expert.</summary>
    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        return Redirect("/portal/sign-in?signedOut=true");
    }

    [HttpGet("engagements/{id:guid}/contract.pdf")]
    public async Task<IActionResult> Contract(Guid id, [FromServices] GetPortalFileHandler files, CancellationToken cancellationToken) =>
        Download(await files.HandleAsync(new GetPortalFileQuery(ExpertId, PortalFileKind.Contract, id), cancellationToken));

    [HttpGet("ndas/{id:guid}.pdf")]
    public async Task<IActionResult> Nda(Guid id, [FromServices] GetPortalFileHandler files, CancellationToken cancellationToken) =>
        Download(await files.HandleAsync(new GetPortalFileQuery(ExpertId, PortalFileKind.Nda, id), cancellationToken));

    [HttpGet("payout-statements/{id:guid}.pdf")]
    public async Task<IActionResult> PayoutStatement(Guid id, [FromServices] GetPortalFileHandler files, CancellationToken cancellationToken) =>
        Download(await files.HandleAsync(new GetPortalFileQuery(ExpertId, PortalFileKind.PayoutStatement, id), cancellationToken));

    [HttpGet("sprints/{id:guid}.ics")]
    public async Task<IActionResult> SprintCalendar(Guid id, [FromServices] GetPortalFileHandler files, CancellationToken cancellationToken) =>
        Download(await files.HandleAsync(new GetPortalFileQuery(ExpertId, PortalFileKind.SprintCalendar, id), cancellationToken));

    private Task<IActionResult> SaveAsync(Guid? id, int? version, TimeEntryInput form, SaveTimeEntryHandler save, string notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.OrFormAsync(async () =>
        {
            await save.HandleAsync(new SaveTimeEntryCommand(ExpertId, id, version, form), cancellationToken);
            TempData["Notice"] = notice;
            return Redirect("/portal/timesheet");
        }, async Task<IActionResult> () =>
        {
            var view = await portal.HandleAsync(new GetPortalQuery(ExpertId), cancellationToken);
            if (view is null)
                return Redirect("/portal/sign-in");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Timesheet", new PortalTimesheetPageModel(view, form, id, version));
        }, fieldPrefix: "Form");
    }

    private IActionResult Download(PortalFile? file)
    {
        if (file is null)
            return NotFoundPage("That document is not available", "It is not one of your documents, or it has not been issued yet.");
        // Always a download, never shown inline in the portal's origin.
        return File(file.Content, file.ContentType, file.FileName);
    }

    private ViewResult NotFoundPage(string title, string message)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("~/Views/PortalSignIn/Closed.cshtml", new PortalClosedPageModel(StatusCodes.Status404NotFound, title, message));
    }
}
