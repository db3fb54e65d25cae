using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Ranked candidates of a staffing request for integrations. Authenticated by X-Api-Key; errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1/staffing-requests")]
// Candidates show experts' rates and availability: program managers and admins, who send the offers.
[Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
[IgnoreAntiforgeryToken]
public sealed class CandidatesApiController(RankCandidatesHandler rank) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>
    /// The experts who pass every hard filter of the request, best first, each with the score's explained parts, rate,
    /// capacity left, NDA state and any engagement already on the request. Paged (page, pageSize up to 100).
    /// </summary>
    [HttpGet("{id:guid}/candidates")]
    [ProducesResponseType<PagedResult<CandidateRow>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<PagedResult<CandidateRow>>> List(Guid id, [FromQuery] CandidatesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (await rank.HandleAsync(new RankCandidatesQuery(id, query.Page, query.PageSize), cancellationToken)).Candidates;
    }
}
