using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>
/// Invoices and credit notes for accounting integrations, and invoice runs. Authenticated by X-Api-Key with the Admin
/// or Finance role; errors are RFC 7807 problem details.
/// </summary>
[ApiController]
[Authorize(Policy = WebComposition.ApiFinancePolicy)]
[IgnoreAntiforgeryToken]
public sealed class InvoicesApiController(ListInvoicesHandler list, GetInvoiceHandler get, CheckFinanceFilterHandler check)
    : BillingApiController("invoice", check)
{
    /// <summary>
    /// Drafts the period's invoices (per client, project and currency) and payout statements (per expert and currency)
    /// from approved hours not yet on one. 201 with what was drafted and the hours that could not be billed, and why.
    /// </summary>
    [HttpPost("api/v1/invoice-runs")]
    [ProducesResponseType<InvoiceRunResult>(StatusCodes.Status201Created, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<InvoiceRunResult>> Run(InvoiceRunRequest request, [FromServices] RunInvoicingHandler run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.From is not { } from || request.To is not { } to)
            return Invalid(request.From is null ? "from" : "to", "Give the period as from and to, both yyyy-MM-dd, for example 2026-10-01 and 2026-10-31.");
        if (await ProblemAsync(new CheckFinanceFilterQuery(from, to, request.ClientId), cancellationToken) is { } problem)
            return Invalid(string.Empty, problem);
        var result = await run.HandleAsync(new InvoiceRunInput(from, to, request.ClientId), cancellationToken);
        return Created($"/api/v1/invoices?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&status=Draft", result);
    }

    /// <summary>Invoices and credit notes, newest first, whose period overlaps from..to, of one client or project, in one status or kind.</summary>
    [HttpGet("api/v1/invoices")]
    [ProducesResponseType<FinancePage<InvoiceListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public Task<ActionResult<FinancePage<InvoiceListItem>>> List(
        DateOnly? from, DateOnly? to, Guid? clientId, Guid? projectId, DocumentStatus? status, DocumentKind? kind, CancellationToken cancellationToken,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var filter = new InvoiceFilter(from, to, clientId, projectId, status, kind, page, pageSize);
        return ListAsync(list, filter, CheckFinanceFilterQuery.Of(filter), cancellationToken);
    }

    /// <summary>One invoice or credit note with its lines.</summary>
    [HttpGet("api/v1/invoices/{id:guid}")]
    [ProducesResponseType<InvoiceDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public Task<ActionResult<InvoiceDetail>> Get(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, get.HandleAsync(new GetInvoiceQuery(id), cancellationToken), invoice => invoice.Version);

    /// <summary>The PDF: the stored, hash-checked file of an issued document, or a preview marked DRAFT.</summary>
    [HttpGet("api/v1/invoices/{id:guid}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public Task<IActionResult> Pdf(Guid id, [FromServices] GetInvoicePdfHandler pdf, CancellationToken cancellationToken) =>
        PdfAsync(id, async () => await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is not null,
            () => pdf.HandleAsync(new GetInvoicePdfQuery(id), cancellationToken));
}
