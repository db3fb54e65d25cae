using ExpertNetwork.Application.Budgets;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.ViewComponents;

/// <summary>The Budget section of the project page: figures, burn chart and the warnings sent.</summary>
public sealed class ProjectBudgetViewComponent(GetProjectBudgetHandler get) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid projectId) =>
        await get.HandleAsync(new GetProjectBudgetQuery(projectId), HttpContext.RequestAborted) is { } budget ? View(budget) : Content(string.Empty);
}
