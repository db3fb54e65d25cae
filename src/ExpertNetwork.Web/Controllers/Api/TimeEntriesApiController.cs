using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Timesheets;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>
/// Time entries for integrations, e.g. an annotation tool that imports hours. Authenticated by X-Api-Key; errors are
/// RFC 7807 problem details. Posting goes through the same use case as the expert portal, with the same rules.
/// </summary>
[ApiController]
[Route("api/v1/time-entries")]
[Authorize(Policy = WebComposition.ApiTimesheetReadersPolicy)]
[IgnoreAntiforgeryToken]
public sealed class TimeEntriesApiController(ListTimeEntriesHandler list, GetTimeEntryHandler get) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Time entries, latest day first, optionally of one project, one sprint and in one status (Submitted, Approved, Rejected).</summary>
    [HttpGet("")]
    [ProducesResponseType<PagedResult<TimeEntryItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<PagedResult<TimeEntryItem>>> List(
        Guid? projectId, Guid? sprintId, string? status, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        TimeEntryStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<TimeEntryStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
                return Invalid(nameof(status), $"'{status}' is not a time entry status. Use Submitted, Approved or Rejected.");
            filter = parsed;
        }
        if (page < 1)
            return Invalid(nameof(page), "page starts at 1.");
        if (pageSize is < 1 or > Paging.MaxPageSize)
            return Invalid(nameof(pageSize), $"pageSize must be between 1 and {Paging.MaxPageSize}.");
        return await list.HandleAsync(new ListTimeEntriesQuery(projectId, sprintId, filter, page, pageSize), cancellationToken);
    }

    /// <summary>One time entry.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<TimeEntryItem>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<TimeEntryItem>> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetTimeEntryQuery(id), cancellationToken) is not { } entry)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no time entry with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(entry.Version);
        return entry;
    }

    /// <summary>
    /// Submits hours for an engagement, checked as in the expert portal: quarter hours, within the engagement's window
    /// and hours cap, at most 24 hours a day across the expert's engagements, no future days, and a sprint only while it
    /// runs. 201 with the entry; a refused value is 400 with a sentence that says why (keyed by the field), a state that
    /// forbids it (a finished engagement, a sprint that is not running) 409, an unknown engagement or sprint 404.
    /// </summary>
    [HttpPost("")]
    [Authorize(Policy = WebComposition.ApiStaffingPolicy)]
    [ProducesResponseType<TimeEntryItem>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<TimeEntryItem>> Create(TimeEntryInput input, [FromServices] SaveTimeEntryHandler save, CancellationToken cancellationToken)
    {
        var id = await save.HandleAsync(new SaveTimeEntryCommand(null, null, null, input), cancellationToken);
        var entry = (await get.HandleAsync(new GetTimeEntryQuery(id), cancellationToken))!;
        Response.Headers.ETag = VersionTags.ETagOf(entry.Version);
        return CreatedAtAction(nameof(Get), new { id }, entry);
    }

    private ActionResult Invalid(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return ValidationProblem(detail: message, modelStateDictionary: ModelState);
    }
}
