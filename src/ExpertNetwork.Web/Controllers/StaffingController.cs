using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Web.Models;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Staffing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>The staffing board for program managers (and admins).</summary>
[Authorize(Roles = StaffRoles.Admin + "," + StaffRoles.ProgramManager)]
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
        return View(await board.HandleAsync(filter, cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] OpenStaffingRequestHandler open, [FromServices] ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        var form = new StaffingRequestFormViewModel
        {
            Input = new OpenStaffingRequestInput { StartsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), Languages = "en" },
        };
        return View("New", await WithChoicesAsync(form, open, specialties, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(StaffingRequestFormViewModel form, [FromServices] OpenStaffingRequestHandler open, [FromServices] ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            try
            {
                await open.HandleAsync(form.Input, cancellationToken);
                TempData["Notice"] = $"The request \"{form.Input.Title.Trim()}\" is open.";
                return Redirect("/staffing");
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("New", await WithChoicesAsync(form, open, specialties, cancellationToken));
    }

    private static async Task<StaffingRequestFormViewModel> WithChoicesAsync(StaffingRequestFormViewModel form, OpenStaffingRequestHandler open, ListSpecialtiesHandler specialties, CancellationToken cancellationToken)
    {
        form.Projects = await open.ProjectsAsync(cancellationToken);
        form.Specialties = await specialties.HandleAsync(cancellationToken);
        return form;
    }
}
