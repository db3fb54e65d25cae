using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>Expert payout statements and their credit notes for payment and accounting integrations (X-Api-Key, Admin or Finance).</summary>
[ApiController]
[Route("api/v1/payout-statements")]
[Authorize(Policy = WebComposition.ApiFinancePolicy)]
[IgnoreAntiforgeryToken]
public sealed class PayoutStatementsApiController(ListPayoutStatementsHandler list, GetPayoutStatementHandler get) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Statements, newest first, whose period overlaps from..to, of one expert, in one status or kind.</summary>
    [HttpGet("")]
    [ProducesResponseType<FinancePage<PayoutListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<FinancePage<PayoutListItem>>> List(
        DateOnly? from, DateOnly? to, Guid? expertId, DocumentStatus? status, DocumentKind? kind, CancellationToken cancellationToken,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (!ModelState.IsValid)
            return ValidationProblem(detail: FinancePages.Problem(ModelState), modelStateDictionary: ModelState);
        if (page < 1)
            return Invalid(nameof(page), "page starts at 1.");
        if (pageSize is < 1 or > Paging.MaxPageSize)
            return Invalid(nameof(pageSize), $"pageSize must be between 1 and {Paging.MaxPageSize}.");
        var filter = new PayoutFilter(from, to, expertId, status, kind, page, pageSize);
        if (await list.ProblemAsync(filter, cancellationToken) is { } problem)
            return Invalid(string.Empty, problem);
        return FinancePage<PayoutListItem>.Of(await list.HandleAsync(filter, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    [ProducesResponseType<PayoutDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<PayoutDetail>> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is not { } statement)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no payout statement with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(statement.Version);
        return statement;
    }

    [HttpGet("{id:guid}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetPayoutStatementPdfHandler pdf, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no payout statement with id {id}.");
        var file = await pdf.HandleAsync(new GetPayoutStatementPdfQuery(id), cancellationToken);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private ActionResult Invalid(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return ValidationProblem(detail: message, modelStateDictionary: ModelState);
    }
}
