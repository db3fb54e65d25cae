using ExpertNetwork.Application.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Clients and projects for integrations. Authenticated by X-Api-Key; errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1")]
[Authorize(Policy = WebComposition.ApiClientReadersPolicy)]
[IgnoreAntiforgeryToken]
public sealed class ClientsApiController(GetClientHandler getClient, GetProjectHandler getProject) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>One client's billing details, restricted companies and projects.</summary>
    [HttpGet("clients/{id:guid}")]
    [ProducesResponseType<ClientDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<ClientDetail>> GetClient(Guid id, CancellationToken cancellationToken) =>
        await getClient.HandleAsync(id, cancellationToken) is { } client
            ? client
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no client with id {id}.");

    /// <summary>Records a client. 201 with the client and its Location; invalid input is 400.</summary>
    [HttpPost("clients")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ClientDetail>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<ClientDetail>> CreateClient(ClientInput input, [FromServices] CreateClientHandler create, CancellationToken cancellationToken)
    {
        Guid id;
        try
        {
            id = await create.HandleAsync(input, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            return Invalid(ex.Message);
        }
        return CreatedAtAction(nameof(GetClient), new { id }, await getClient.HandleAsync(id, cancellationToken));
    }

    /// <summary>One project with its price list.</summary>
    [HttpGet("projects/{id:guid}")]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<ProjectDetail>> GetProject(Guid id, CancellationToken cancellationToken) =>
        await getProject.HandleAsync(id, cancellationToken) is { } project
            ? project
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no project with id {id}.");

    /// <summary>Opens a project for a client. 201 with the project and its Location; invalid input or an unknown client is 400.</summary>
    [HttpPost("projects")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<ProjectDetail>> CreateProject(ProjectInput input, [FromServices] CreateProjectHandler create, CancellationToken cancellationToken)
    {
        Guid id;
        try
        {
            id = await create.HandleAsync(input, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            return Invalid(ex.Message);
        }
        return CreatedAtAction(nameof(GetProject), new { id }, await getProject.HandleAsync(id, cancellationToken));
    }

    private ActionResult Invalid(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return ValidationProblem(detail: message, modelStateDictionary: ModelState);
    }
}
