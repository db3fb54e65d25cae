using ExpertNetwork.Application.Budgets;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Finance's view of every active project against its budget.</summary>
[Authorize(Policy = WebComposition.BudgetReadersPolicy)]
[Route("finance/budgets")]
public sealed class BudgetsController(ListProjectBudgetsHandler list) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));
}
