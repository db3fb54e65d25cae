using System.Globalization;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Timesheets;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>Program managers approve or reject submitted hours, one entry or many at once. Approved hours are locked.</summary>
[Authorize(Policy = WebComposition.ClientEditorsPolicy)]
[Route("approvals")]
public sealed class ApprovalsController(GetApprovalQueueHandler queue, ReviewTimeEntriesHandler review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? projectId, Guid? sprintId, CancellationToken cancellationToken) =>
        View(new ApprovalsPageModel(await queue.HandleAsync(new GetApprovalQueueQuery(projectId, sprintId), cancellationToken), projectId, sprintId));

    /// <param name="selected">Checked rows as <c>id:version</c>.</param>
    /// <param name="only">A row's own button: that one entry, whatever else is checked.</param>
    [HttpPost("approve")]
    public Task<IActionResult> Approve(string[]? selected, string? only, Guid? projectId, Guid? sprintId, CancellationToken cancellationToken) =>
        ReviewAsync(selected, only, projectId, sprintId, entries => review.HandleAsync(new ReviewTimeEntriesCommand(entries, Approve: true), cancellationToken), "approved");

    [HttpPost("reject")]
    public Task<IActionResult> Reject(string[]? selected, string? only, string? reason, Guid? projectId, Guid? sprintId, CancellationToken cancellationToken) =>
        ReviewAsync(selected, only, projectId, sprintId, entries => review.HandleAsync(new ReviewTimeEntriesCommand(entries, Approve: false, reason), cancellationToken), "rejected");

    private Task<IActionResult> ReviewAsync(string[]? selected, string? only, Guid? projectId, Guid? sprintId, Func<IReadOnlyCollection<ReviewedEntry>, Task<int>> act, string verb)
    {
        var picked = only is { Length: > 0 } ? [only] : selected ?? [];
        var entries = new List<ReviewedEntry>();
        foreach (var value in picked)
        {
            var parts = value.Split(':');
            if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                TempData["Error"] = "The selection could not be read. Nothing was changed: reload the page and try again.";
                return Task.FromResult<IActionResult>(Redirect(Back(projectId, sprintId)));
            }
            entries.Add(new ReviewedEntry(id, version));
        }
        return this.ActAndReturnAsync(Back(projectId, sprintId), async () =>
        {
            var count = await act(entries);
            return count == 1 ? $"1 entry {verb}." : $"{count} entries {verb}.";
        });
    }

    private static string Back(Guid? projectId, Guid? sprintId) =>
        "/approvals" + (projectId is null && sprintId is null ? string.Empty : $"?projectId={projectId}&sprintId={sprintId}");
}
