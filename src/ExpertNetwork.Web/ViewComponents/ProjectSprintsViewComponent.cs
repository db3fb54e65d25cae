using ExpertNetwork.Application.Sprints;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.ViewComponents;

/// <summary>A project's latest sprints, for the Sprints section of the project page.</summary>
public sealed class ProjectSprintsViewComponent(ListSprintsHandler list) : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync(Guid projectId, bool canSchedule) =>
        View((projectId, canSchedule, await list.HandleAsync(new SprintFilter(projectId, PageSize: Shown), HttpContext.RequestAborted)));
}
