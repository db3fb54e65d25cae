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
public sealed class PayoutStatementsApiController(ListPayoutStatementsHandler list, GetPayoutStatementHandler get, CheckFinanceFilterHandler check)
    : BillingApiController("payout statement", check)
{
    /// <summary>Statements, newest first, whose period overlaps from..to, of one expert, in one status or kind.</summary>
    [HttpGet("")]
    [ProducesResponseType<FinancePage<PayoutListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public Task<ActionResult<FinancePage<PayoutListItem>>> List(
        DateOnly? from, DateOnly? to, Guid? expertId, DocumentStatus? status, DocumentKind? kind, CancellationToken cancellationToken,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var filter = new PayoutFilter(from, to, expertId, status, kind, page, pageSize);
        return ListAsync(list, filter, CheckFinanceFilterQuery.Of(filter), cancellationToken);
    }

    [HttpGet("{id:guid}")]
    [ProducesResponseType<PayoutDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public Task<ActionResult<PayoutDetail>> Get(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken), statement => statement.Version);

    [HttpGet("{id:guid}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public Task<IActionResult> Pdf(Guid id, [FromServices] GetPayoutStatementPdfHandler pdf, CancellationToken cancellationToken) =>
        PdfAsync(id, async () => await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is not null,
            () => pdf.HandleAsync(new GetPayoutStatementPdfQuery(id), cancellationToken));
}
