using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Web.Models;
using ExpertNetwork.Domain.Staffing;
using Microsoft.AspNetCore.Authorization;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>The staffing board for program managers (and admins).</summary>
[Authorize(Policy = WebComposition.StaffingPolicy)]
[Route("staffing")]
public sealed class StaffingController(GetStaffingBoardHandler board) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, CancellationToken cancellationToken)
    {
        // No status means open requests; "all" shows every request; anything else unknown is said and ignored.
        StaffingRequestStatus? filter = StaffingRequestStatus.Open;
        if (string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
            filter = null;
        else if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<StaffingRequestStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                filter = parsed;
            else
                ViewData["FilterError"] = $"'{status}' is not a request status; showing open requests. Use Open, Filled, Closed or all.";
        }
        return View(await board.HandleAsync(new GetStaffingBoardQuery(filter), cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] ListStaffingProjectsHandler projects, [FromServices] ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        var form = new StaffingRequestFormViewModel
        {
            Input = new OpenStaffingRequestInput { StartsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), Languages = "en" },
        };
        return View("New", await WithChoicesAsync(form, projects, specialties, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(StaffingRequestFormViewModel form, [FromServices] OpenStaffingRequestHandler open,
        [FromServices] ListStaffingProjectsHandler projects, [FromServices] ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await this.OrFormAsync(async () =>
        {
            var id = await open.HandleAsync(form.Input, cancellationToken);
            TempData["Notice"] = $"The request \"{form.Input.Title.Trim()}\" is open. Find candidates to send the first offers.";
            return Redirect($"/staffing/{id}");
        }, async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("New", await WithChoicesAsync(form, projects, specialties, cancellationToken));
        }, fieldPrefix: "Input");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GetStaffingRequestHandler get, CancellationToken cancellationToken) =>
        await get.HandleAsync(new GetStaffingRequestQuery(id), cancellationToken) is { } detail ? View(detail) : NotFound();

    [HttpPost("{id:guid}/engagements/{engagementId:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, Guid engagementId, ReasonedChangeForm form, [FromServices] WithdrawOfferHandler withdraw, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/staffing/{id}", () => withdraw.HandleAsync(new WithdrawOfferCommand(id, engagementId, form.Version!.Value, form.Reason), cancellationToken),
            "The offer is withdrawn. The expert is told by email if the offer had gone out, and its link no longer works.");

    [HttpPost("{id:guid}/engagements/{engagementId:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid id, Guid engagementId, ReasonedChangeForm form, [FromServices] CancelEngagementHandler cancel, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/staffing/{id}", () => cancel.HandleAsync(new CancelEngagementCommand(id, engagementId, form.Version!.Value, form.Reason), cancellationToken),
            "The engagement is cancelled, its seat is open again and the expert is told by email.");

    [HttpPost("{id:guid}/close")]
    public Task<IActionResult> Close(Guid id, ReasonedChangeForm form, [FromServices] CloseStaffingRequestHandler close, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/staffing/{id}", async () =>
        {
            var withdrawn = await close.HandleAsync(new CloseStaffingRequestCommand(id, form.Version!.Value, form.Reason), cancellationToken);
            return withdrawn == 0 ? "The request is closed." : $"The request is closed and its {withdrawn} open offers and proposals are withdrawn; those experts are told by email.";
        });

    private static async Task<StaffingRequestFormViewModel> WithChoicesAsync(StaffingRequestFormViewModel form, ListStaffingProjectsHandler projects, ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        form.Projects = await projects.HandleAsync(cancellationToken);
        form.Specialties = await specialties.HandleAsync(cancellationToken);
        return form;
    }
}
