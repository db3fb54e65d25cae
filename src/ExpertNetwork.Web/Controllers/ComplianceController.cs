using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Infrastructure.Scheduling;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>The compliance dashboard and the manual run of the daily compliance scan.</summary>
[Authorize(Roles = StaffRoles.Admin + "," + StaffRoles.Compliance)]
[Route("compliance")]
public sealed class ComplianceController(GetComplianceDashboardHandler dashboard, RunComplianceScanHandler scan, JobJournal journal) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ComplianceViewModel(await dashboard.HandleAsync(cancellationToken), journal.Find(ComplianceScanJob.JobName)));

    [HttpPost("scan")]
    public async Task<IActionResult> Scan(CancellationToken cancellationToken)
    {
        var result = await scan.HandleAsync(cancellationToken);
        TempData["Notice"] = $"Scan finished: {result}.";
        return RedirectToAction(nameof(Index));
    }
}
