using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Staffing requests and engagements for integrations, for program managers' and admins' keys. Errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1")]
[Authorize(Policy = WebComposition.ApiStaffingPolicy)]
[IgnoreAntiforgeryToken]
public sealed class StaffingApiController(GetStaffingRequestHandler getRequest) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>One staffing request: its terms, seats, status, the funnel of its offers and how long it has taken.</summary>
    [HttpGet("staffing-requests/{id:guid}")]
    [ProducesResponseType<StaffingRequestSummary>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<StaffingRequestSummary>> GetStaffingRequest(Guid id, CancellationToken cancellationToken) =>
        await getRequest.SummaryAsync(new GetStaffingRequestQuery(id), cancellationToken) is { } summary
            ? summary
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no staffing request with id {id}.");

    /// <summary>Opens a staffing request on an active project, with the same rules as the form. 201 with the request and its Location; invalid input is 400.</summary>
    [HttpPost("staffing-requests")]
    [ProducesResponseType<StaffingRequestSummary>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<StaffingRequestSummary>> OpenStaffingRequest(OpenStaffingRequestInput input, [FromServices] OpenStaffingRequestHandler open, CancellationToken cancellationToken)
    {
        var id = await open.HandleAsync(input, cancellationToken);
        return CreatedAtAction(nameof(GetStaffingRequest), new { id }, await getRequest.SummaryAsync(new GetStaffingRequestQuery(id), cancellationToken));
    }

    /// <summary>Engagements, newest first, optionally of one project and in one status (Proposed, Offered, Accepted, ...), paged.</summary>
    [HttpGet("engagements")]
    [ProducesResponseType<PagedResult<EngagementListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<PagedResult<EngagementListItem>>> ListEngagements(
        [FromQuery] Guid? projectId, [FromQuery] string? status, [FromQuery] int? page, [FromQuery] int? pageSize,
        [FromServices] ListEngagementsHandler list, CancellationToken cancellationToken)
    {
        EngagementStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<EngagementStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
                throw Refusal.Invalid($"'{status}' is not an engagement status. Use one of: {string.Join(", ", Enum.GetNames<EngagementStatus>())}.", "status");
            filter = parsed;
        }
        if (page is < 1)
            throw Refusal.Invalid("page starts at 1.", "page");
        if (pageSize is < 1 or > Paging.MaxPageSize)
            throw Refusal.Invalid($"pageSize must be between 1 and {Paging.MaxPageSize}.", "pageSize");
        return await list.HandleAsync(new ListEngagementsQuery(projectId, filter, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken);
    }
}
