using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Infrastructure.Scheduling;
using ExpertNetwork.Web.Models;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>The compliance dashboard and the manual run of the daily compliance scan.</summary>
[Authorize(Policy = WebComposition.ComplianceOfficersPolicy)]
[Route("compliance")]
public sealed class ComplianceController(GetComplianceDashboardHandler dashboard, RunComplianceScanHandler scan, JobJournal journal) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? expand, CancellationToken cancellationToken)
    {
        // An unknown list name just shows the usual page.
        ComplianceListKind? list = Enum.TryParse<ComplianceListKind>(expand, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(new ComplianceViewModel(await dashboard.HandleAsync(new GetComplianceDashboardQuery(list), cancellationToken), journal.Find(ComplianceScanJob.JobName)));
    }

    [HttpPost("scan")]
    public async Task<IActionResult> Scan(CancellationToken cancellationToken)
    {
        var result = await scan.HandleAsync(cancellationToken);
        TempData["Notice"] = $"Scan finished: {result}.";
        return RedirectToAction(nameof(Index));
    }
}
