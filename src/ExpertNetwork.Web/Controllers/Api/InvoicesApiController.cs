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
public sealed class InvoicesApiController(ListInvoicesHandler list, GetInvoiceHandler get) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

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
        if (await list.ProblemAsync(new InvoiceFilter(from, to, request.ClientId), cancellationToken) is { } problem)
            return Invalid(string.Empty, problem);
        var result = await run.HandleAsync(new InvoiceRunInput(from, to, request.ClientId), cancellationToken);
        return Created($"/api/v1/invoices?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&status=Draft", result);
    }

    /// <summary>Invoices and credit notes, newest first, whose period overlaps from..to, of one client or project, in one status or kind.</summary>
    [HttpGet("api/v1/invoices")]
    [ProducesResponseType<FinancePage<InvoiceListItem>>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<FinancePage<InvoiceListItem>>> List(
        DateOnly? from, DateOnly? to, Guid? clientId, Guid? projectId, DocumentStatus? status, DocumentKind? kind, CancellationToken cancellationToken,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (!ModelState.IsValid)
            return ValidationProblem(detail: FinancePages.Problem(ModelState), modelStateDictionary: ModelState);
        if (page < 1)
            return Invalid(nameof(page), "page starts at 1.");
        if (pageSize is < 1 or > Paging.MaxPageSize)
            return Invalid(nameof(pageSize), $"pageSize must be between 1 and {Paging.MaxPageSize}.");
        var filter = new InvoiceFilter(from, to, clientId, projectId, status, kind, page, pageSize);
        if (await list.ProblemAsync(filter, cancellationToken) is { } problem)
            return Invalid(string.Empty, problem);
        return FinancePage<InvoiceListItem>.Of(await list.HandleAsync(filter, cancellationToken));
    }

    /// <summary>One invoice or credit note with its lines.</summary>
    [HttpGet("api/v1/invoices/{id:guid}")]
    [ProducesResponseType<InvoiceDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<InvoiceDetail>> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is not { } invoice)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no invoice with id {id}.");
        Response.Headers.ETag = VersionTags.ETagOf(invoice.Version);
        return invoice;
    }

    /// <summary>The PDF: the stored, hash-checked file of an issued document, or a preview marked DRAFT.</summary>
    [HttpGet("api/v1/invoices/{id:guid}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetInvoicePdfHandler pdf, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no invoice with id {id}.");
        var file = await pdf.HandleAsync(new GetInvoicePdfQuery(id), cancellationToken);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private ActionResult Invalid(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return ValidationProblem(detail: message, modelStateDictionary: ModelState);
    }
}
