using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>The expert registry for integrations. Authenticated by X-Api-Key; errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1/experts")]
[Authorize(Policy = WebComposition.ApiExpertReadersPolicy)]
[IgnoreAntiforgeryToken]
[Produces("application/json")]
public sealed class ExpertsApiController(SearchExpertsHandler search, GetExpertHandler getExpert) : ControllerBase
{
    /// <summary>Searches experts: free text (name, email), specialty including its subtree, status, country, language; paged.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResult<ExpertListItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<PagedResult<ExpertListItem>>> List([FromQuery] ExpertSearch query, CancellationToken cancellationToken) =>
        await search.HandleAsync(query, cancellationToken);

    /// <summary>One expert's profile, credentials, NDAs and recent history.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ExpertDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ExpertDetail>> Get(Guid id, CancellationToken cancellationToken) =>
        await getExpert.HandleAsync(id, cancellationToken) is { } expert
            ? expert
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no expert with id {id}.");
}
