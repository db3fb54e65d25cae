using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// Finance's invoices: the list with its filters and totals, a run for a period, review and issue of drafts, payments,
/// voiding by credit note, and the CSV and ZIP of what the filters match. Every change goes through the invoicing use
/// cases; a refused rule comes back as a message on the page and changes nothing.
/// </summary>
[Authorize(Policy = WebComposition.FinancePolicy)]
[Route("invoices")]
public sealed class InvoicesController(ListInvoicesHandler list, GetInvoiceHandler get, ListFinanceChoicesHandler choices, CheckFinanceFilterHandler check, IClock clock)
    : BillingPagesController("/invoices", "invoice", check)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] InvoiceFilterForm filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var offered = await choices.HandleAsync(new ListFinanceChoicesQuery(BillingSide.Invoice), cancellationToken);
        var (result, problem) = await ListAsync(list, filter.ToFilter(), CheckFinanceFilterQuery.Of(filter.ToFilter()), cancellationToken);
        return View(new InvoicesIndexViewModel { Filter = filter, Result = result, Clients = offered.Clients, Projects = offered.Projects, FilterError = problem });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] FinanceOptions finance, CancellationToken cancellationToken) =>
        await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is { } invoice ? View(new InvoicePageViewModel(invoice, finance.Today(clock.UtcNow))) : NotFound();

    /// <summary>The stored, hash-checked PDF of an issued document, or a preview marked DRAFT.</summary>
    [HttpGet("{id:guid}/pdf")]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetInvoicePdfHandler pdf, CancellationToken cancellationToken) =>
        PdfFile(await pdf.HandleAsync(new GetInvoicePdfQuery(id), cancellationToken));

    [HttpGet("run")]
    public async Task<IActionResult> Run([FromServices] FinanceOptions finance, CancellationToken cancellationToken)
    {
        var lastMonth = finance.Today(clock.UtcNow).AddMonths(-1);
        var form = new InvoiceRunForm { Month = $"{lastMonth:yyyy-MM}" };
        return View(new InvoiceRunPageViewModel { Form = form, Clients = await ClientsAsync(cancellationToken) });
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run(
        InvoiceRunForm form, [FromServices] RunInvoicingHandler run, [FromServices] ListRunDocumentsHandler drafted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var clients = await ClientsAsync(cancellationToken);
        string? problem = null;
        var period = ModelState.IsValid ? form.Period(out problem) : null;
        if (problem is null && period is { } p)
            problem = await ProblemAsync(new CheckFinanceFilterQuery(p.From, p.To, form.ClientId), cancellationToken);
        if (problem is not null)
            ModelState.AddModelError(string.Empty, problem);
        return await this.OrFormAsync(async () =>
        {
            var chosen = period!.Value;
            var result = await run.HandleAsync(new InvoiceRunInput(chosen.From, chosen.To, form.ClientId), cancellationToken);
            var documents = await drafted.HandleAsync(new ListRunDocumentsQuery(result.InvoiceIds, result.PayoutStatementIds), cancellationToken);
            return View("RunResult", new InvoiceRunResultViewModel
            {
                Result = result,
                ClientName = clients.FirstOrDefault(c => c.Id == form.ClientId)?.Label,
                Invoices = documents.Invoices,
                Statements = documents.Statements,
            });
        }, () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new InvoiceRunPageViewModel { Form = form, Clients = clients, Error = FinancePages.Problem(ModelState) });
        });
    }

    [HttpPost("issue")]
    public Task<IActionResult> Issue(Guid[]? ids, [FromServices] IssueInvoicesHandler issue, CancellationToken cancellationToken) =>
        IssueAsync(ids, chosen => issue.HandleAsync(new IssueInvoicesCommand(chosen), cancellationToken));

    [HttpPost("{id:guid}/issue")]
    public Task<IActionResult> IssueOne(Guid id, [FromServices] IssueInvoicesHandler issue, CancellationToken cancellationToken) =>
        IssueOneAsync(id, async () => await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is not null,
            () => issue.HandleAsync(new IssueInvoicesCommand([id]), cancellationToken));

    [HttpPost("{id:guid}/regenerate")]
    public Task<IActionResult> Regenerate(Guid id, [FromServices] RegenerateInvoiceHandler regenerate, CancellationToken cancellationToken) =>
        ActOnAsync(id, () => regenerate.HandleAsync(new RegenerateInvoiceCommand(id), cancellationToken),
            "The draft was rebuilt from the approved hours of its period at the price list's rates.");

    [HttpPost("{id:guid}/discard")]
    public Task<IActionResult> Discard(Guid id, [FromServices] DiscardInvoiceDraftHandler discard, CancellationToken cancellationToken) =>
        DiscardAsync(id, () => discard.HandleAsync(new DiscardInvoiceDraftCommand(id), cancellationToken),
            "The draft was discarded. Its hours are unbilled again and go on the next run.");

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> MarkPaid(Guid id, MarkPaidForm form, [FromServices] MarkInvoicePaidHandler paid, CancellationToken cancellationToken) =>
        ActOnAsync(id, () => paid.HandleAsync(new MarkInvoicePaidCommand(id, form.PaidOn!.Value, form.Reference), cancellationToken), "The invoice is marked paid.");

    [HttpPost("{id:guid}/send")]
    public Task<IActionResult> Send(Guid id, [FromServices] SendInvoiceHandler send, CancellationToken cancellationToken) =>
        ActOnAsync(id, async () => $"The PDF is on its way to {await send.HandleAsync(new SendInvoiceCommand(id), cancellationToken)}.");

    [HttpPost("{id:guid}/void")]
    public Task<IActionResult> Void(Guid id, VoidForm form, [FromServices] VoidInvoiceHandler @void, CancellationToken cancellationToken) =>
        ActOnAsync(id, async () =>
        {
            var note = await @void.HandleAsync(new VoidInvoiceCommand(id, form.Reason!), cancellationToken);
            return $"The invoice is voided by credit note {note.Number}. Its hours are unbilled again.";
        });

    /// <summary>One row per invoice line of every document the filters match, in the layout of docs/guide/finance.md.</summary>
    [HttpGet("export.csv")]
    public Task<IActionResult> Csv([FromQuery] InvoiceFilterForm filter, [FromServices] ExportInvoicesCsvHandler export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return CsvAsync(CheckFinanceFilterQuery.Of(filter.ToFilter()), $"invoices-{clock.UtcNow:yyyy-MM-dd}.csv",
            writer => export.HandleAsync(new ExportInvoicesCsvQuery(filter.ToFilter(), writer), cancellationToken), cancellationToken);
    }

    /// <summary>The stored PDFs of the issued invoices and credit notes the filters match, streamed as one ZIP.</summary>
    [HttpGet("pdfs.zip")]
    public Task<IActionResult> Zip([FromQuery] InvoiceFilterForm filter, [FromServices] BillingPdfArchiveHandler archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DownloadAsync(CheckFinanceFilterQuery.Of(filter.ToFilter()), "application/zip", $"invoices-{clock.UtcNow:yyyy-MM-dd}.zip",
            body => archive.HandleAsync(new InvoicePdfArchiveQuery(filter.ToFilter(), body), cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<FinanceChoice>> ClientsAsync(CancellationToken cancellationToken) =>
        (await choices.HandleAsync(new ListFinanceChoicesQuery(BillingSide.Invoice), cancellationToken)).Clients;
}
