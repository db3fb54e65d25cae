using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Offers on a staffing request for integrations. Authenticated by X-Api-Key; errors are RFC 7807 problem details.</summary>
[ApiController]
[Route("api/v1")]
[Authorize(Policy = WebComposition.ApiClientEditorsPolicy)]
[IgnoreAntiforgeryToken]
public sealed class OffersApiController(SendOffersHandler send) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Sends offers to the listed experts. 200 with the offers sent and the experts refused, each with the reason;
    /// an unknown request is 404, an empty or oversized list 400.
    /// </summary>
    [HttpPost("staffing-requests/{id:guid}/offers")]
    [ProducesResponseType<SendOffersResult>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<SendOffersResult>> Send(Guid id, SendOffersInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await send.HandleAsync(new SendOffersCommand(id, input.ExpertIds!), cancellationToken);
    }
}

/// <summary>The experts to send offers to (at most one wave's worth at a time).</summary>
public sealed class SendOffersInput
{
    [Required(ErrorMessage = "List the experts to send offers to in expertIds.")]
    [Length(1, 200, ErrorMessage = "Send offers to between 1 and 200 experts at a time.")]
    public List<Guid>? ExpertIds { get; set; }
}
