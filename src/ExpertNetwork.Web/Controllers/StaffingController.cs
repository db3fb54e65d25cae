using ExpertNetwork.Application.Staffing;
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
}
