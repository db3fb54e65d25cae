using ExpertNetwork.Application.Dashboard;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

[Authorize(Policy = WebComposition.StaffPolicy)]
[Route("dashboard")]
public sealed class DashboardController(GetDashboardHandler dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.HandleAsync(cancellationToken));
}
