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
public sealed class ExpertsApiController(SearchExpertsHandler search, GetExpertHandler getExpert, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : ControllerBase
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

    /// <summary>One expert's profile, credentials, NDAs and recent history. The ETag is the version to send in If-Match with PUT.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ExpertDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<ExpertDetail>> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken) is not { } expert)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no expert with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(expert.Version);
        return expert;
    }

    /// <summary>Registers an applicant. 201 with the profile and its Location; a taken email is 409; invalid input is 400.</summary>
    [HttpPost]
    [Authorize(Policy = WebComposition.ApiExpertEditorsPolicy)]
    [ProducesResponseType<ExpertDetail>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemJson)]
    public async Task<ActionResult<ExpertDetail>> Create(ExpertProfileInput input, [FromServices] CreateExpertHandler create, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(new CreateExpertCommand(input), cancellationToken);
        var expert = (await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken))!;
        Response.Headers.ETag = VersionTags.ETagOf(expert.Version);
        return CreatedAtAction(nameof(Get), new { id }, expert);
    }

    /// <summary>
    /// Replaces an expert's profile, languages and specialties. Send the ETag from GET in If-Match: when someone else
    /// changed the expert since, the answer is 412 and nothing is saved. A taken email is 409; invalid input is 400.
    /// </summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = WebComposition.ApiExpertEditorsPolicy)]
    [ProducesResponseType<ExpertDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemJson)]
    public async Task<ActionResult<ExpertDetail>> Update(Guid id, ExpertProfileInput input, [FromServices] UpdateExpertHandler update, CancellationToken cancellationToken)
    {
        if (!VersionTags.TryReadIfMatch(Request, out var version))
            return Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Version required",
                detail: "Send the expert's ETag from GET /api/v1/experts/{id} in the If-Match header, so a change made by someone else in the meantime is not overwritten.");
        var mayChangeEmail = (await authorization.AuthorizeAsync(User, WebComposition.ExpertEmailEditorsPolicy)).Succeeded;
        await update.HandleAsync(new UpdateExpertCommand(id, version, input, mayChangeEmail), cancellationToken);
        var expert = (await getExpert.HandleAsync(new GetExpertQuery(id), cancellationToken))!;
        Response.Headers.ETag = VersionTags.ETagOf(expert.Version);
        return expert;
    }
}
