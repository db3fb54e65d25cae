using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Annotation sprints for integrations: program managers' and admins' keys. Errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1/sprints")]
[Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
[IgnoreAntiforgeryToken]
public sealed class SprintsApiController(GetSprintHandler getSprint) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Sprints, latest start first, optionally of one project and in one status (Scheduled, Running, Closed, Cancelled).</summary>
    [HttpGet("")]
    [ProducesResponseType<PagedResult<SprintListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<PagedResult<SprintListItem>>> List(
        Guid? projectId, string? status, [FromServices] ListSprintsHandler list, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        SprintStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<SprintStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
                throw Refusal.Invalid($"'{status}' is not a sprint status. Use Scheduled, Running, Closed or Cancelled.", nameof(status));
            filter = parsed;
        }
        if (page < 1)
            throw Refusal.Invalid("page starts at 1.", nameof(page));
        if (pageSize is < 1 or > Paging.MaxPageSize)
            throw Refusal.Invalid($"pageSize must be between 1 and {Paging.MaxPageSize}.", nameof(pageSize));
        return await list.HandleAsync(new SprintFilter(projectId, filter, page, pageSize), cancellationToken);
    }

    /// <summary>One sprint with its participants' committed, logged and approved hours.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<SprintDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<SprintDetail>> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await getSprint.HandleAsync(new GetSprintQuery(id), cancellationToken) is not { } sprint)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no sprint with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(sprint.Version);
        return sprint;
    }

    /// <summary>
    /// Schedules a sprint (or, with repeatWeeks above 1, one sprint a week at the same weekday and times) with its
    /// participants, validated as the form is: all or nothing. 201 with the new sprints and the first one's Location;
    /// invalid input or a participant over their weekly capacity is 400 with a sentence that says why.
    /// </summary>
    [HttpPost("")]
    [ProducesResponseType<IReadOnlyList<SprintDetail>>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<IReadOnlyList<SprintDetail>>> Schedule(SprintInput input, [FromServices] ScheduleSprintHandler schedule, CancellationToken cancellationToken)
    {
        var ids = await schedule.HandleAsync(input, cancellationToken);
        var sprints = new List<SprintDetail>();
        foreach (var id in ids)
            sprints.Add((await getSprint.HandleAsync(new GetSprintQuery(id), cancellationToken))!);
        return CreatedAtAction(nameof(Get), new { id = ids[0] }, sprints);
    }
}
