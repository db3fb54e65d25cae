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
public sealed class ExpertsApiController(SearchExpertsHandler search, GetExpertHandler getExpert) : ControllerBase
{
    // Declared per response rather than with [Produces], which would also stamp application/json on problem details.
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Searches experts: free text (name, email; any letter case, accents ignored), specialty including its subtree,
    /// status, country, language, a credential kind verified and in date on validOn, max rate for an activity in a
    /// currency, min available hours per week; sorted (name, country, experience, rate, newest; asc or desc) and paged.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<PagedResult<ExpertListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemJson)]
    public async Task<ActionResult<PagedResult<ExpertListItem>>> List([FromQuery] ExpertSearch query, CancellationToken cancellationToken) =>
        await search.HandleAsync(query, cancellationToken);

    /// <summary>One expert's profile, credentials, NDAs and recent history.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ExpertDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<ExpertDetail>> Get(Guid id, CancellationToken cancellationToken) =>
        await getExpert.HandleAsync(id, cancellationToken) is { } expert
            ? expert
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no expert with id {id}.");
}
