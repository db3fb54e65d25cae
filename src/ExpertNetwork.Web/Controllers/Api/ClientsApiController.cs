using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
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
    public async Task<ActionResult<ClientDetail>> GetClient(Guid id, CancellationToken cancellationToken)
    {
        if (await getClient.HandleAsync(new GetClientQuery(id), cancellationToken) is not { } client)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no client with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(client.Version);
        return client;
    }

    /// <summary>Records a client. 201 with the client, its Location and ETag; invalid input is 400.</summary>
    [HttpPost("clients")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ClientDetail>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<ClientDetail>> CreateClient(ClientInput input, [FromServices] CreateClientHandler create, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(new CreateClientCommand(input), cancellationToken);
        var client = (await getClient.HandleAsync(new GetClientQuery(id), cancellationToken))!;
        Response.Headers.ETag = VersionTags.ETagOf(client.Version);
        return CreatedAtAction(nameof(GetClient), new { id }, client);
    }

    /// <summary>
    /// Replaces a client's billing details and restricted companies. Send the ETag from GET in If-Match: when someone
    /// else changed the client since, the answer is 412 and nothing is saved; invalid input is 400.
    /// </summary>
    [HttpPut("clients/{id:guid}")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ClientDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemJson)]
    public Task<ActionResult<ClientDetail>> UpdateClient(Guid id, ClientInput input, [FromServices] UpdateClientHandler update, CancellationToken cancellationToken) =>
        ReplaceAsync("client", version => update.HandleAsync(new UpdateClientCommand(id, version, input), cancellationToken), () => GetClient(id, cancellationToken));

    /// <summary>One project with its price list.</summary>
    [HttpGet("projects/{id:guid}")]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<ProjectDetail>> GetProject(Guid id, CancellationToken cancellationToken)
    {
        if (await getProject.HandleAsync(new GetProjectQuery(id), cancellationToken) is not { } project)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no project with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(project.Version);
        return project;
    }

    /// <summary>Opens a project for a client. 201 with the project, its Location and ETag; invalid input or an unknown client is 400.</summary>
    [HttpPost("projects")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    public async Task<ActionResult<ProjectDetail>> CreateProject(ProjectInput input, [FromServices] CreateProjectHandler create, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(new CreateProjectCommand(input), cancellationToken);
        var project = (await getProject.HandleAsync(new GetProjectQuery(id), cancellationToken))!;
        Response.Headers.ETag = VersionTags.ETagOf(project.Version);
        return CreatedAtAction(nameof(GetProject), new { id }, project);
    }

    /// <summary>
    /// Replaces a project's details. Send the ETag from GET in If-Match: when someone else changed the project since,
    /// the answer is 412 and nothing is saved; invalid input is 400.
    /// </summary>
    [HttpPut("projects/{id:guid}")]
    [Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemJson)]
    public Task<ActionResult<ProjectDetail>> UpdateProject(Guid id, ProjectInput input, [FromServices] UpdateProjectHandler update, CancellationToken cancellationToken) =>
        ReplaceAsync("project", version => update.HandleAsync(new UpdateProjectCommand(id, version, input), cancellationToken), () => GetProject(id, cancellationToken));

    private async Task<ActionResult<T>> ReplaceAsync<T>(string noun, Func<int, Task<int>> update, Func<Task<ActionResult<T>>> readBack)
    {
        if (!VersionTags.TryReadIfMatch(Request, out var version))
            return Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Version required",
                detail: $"Send the {noun}'s ETag from GET /api/v1/{noun}s/{{id}} in the If-Match header, so a change made by someone else in the meantime is not overwritten.");
        await update(version);
        return await readBack();
    }
}
