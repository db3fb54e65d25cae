using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
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
public sealed class InvoicesController(ListInvoicesHandler list, GetInvoiceHandler get, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] InvoiceFilterForm filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (clients, projects) = await list.ChoicesAsync(cancellationToken);
        var problem = FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken);
        if (problem is not null)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var result = problem is null
            ? await list.HandleAsync(filter.ToFilter(), cancellationToken)
            : new FinanceList<InvoiceListItem>(new PagedResult<InvoiceListItem>([], 1, Paging.DefaultPageSize, 0), []);
        return View(new InvoicesIndexViewModel { Filter = filter, Result = result, Clients = clients, Projects = projects, FilterError = problem });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is { } invoice ? View(new InvoicePageViewModel(invoice, clock.UtcNow)) : NotFound();

    /// <summary>The stored, hash-checked PDF of an issued document, or a preview marked DRAFT.</summary>
    [HttpGet("{id:guid}/pdf")]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetInvoicePdfHandler pdf, CancellationToken cancellationToken)
    {
        var file = await pdf.HandleAsync(new GetInvoicePdfQuery(id), cancellationToken);
        return File(file.Content, "application/pdf", file.FileName);
    }

    [HttpGet("run")]
    public async Task<IActionResult> Run([FromServices] FinanceOptions finance, CancellationToken cancellationToken)
    {
        var lastMonth = finance.Today(clock.UtcNow).AddMonths(-1);
        var form = new InvoiceRunForm { Month = $"{lastMonth:yyyy-MM}" };
        return View(new InvoiceRunPageViewModel { Form = form, Clients = (await list.ChoicesAsync(cancellationToken)).Clients });
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run(
        InvoiceRunForm form, [FromServices] RunInvoicingHandler run, [FromServices] ListPayoutStatementsHandler statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var clients = (await list.ChoicesAsync(cancellationToken)).Clients;
        string? problem = null;
        var period = ModelState.IsValid ? form.Period(out problem) : null;
        if (problem is null && period is { } p)
            problem = await list.ProblemAsync(new InvoiceFilter(p.From, p.To, form.ClientId), cancellationToken);
        if (problem is not null)
            ModelState.AddModelError(string.Empty, problem);
        return await this.OrFormAsync(async () =>
        {
            var chosen = period!.Value;
            var result = await run.HandleAsync(new InvoiceRunInput(chosen.From, chosen.To, form.ClientId), cancellationToken);
            return View("RunResult", new InvoiceRunResultViewModel
            {
                Result = result,
                ClientName = clients.FirstOrDefault(c => c.Id == form.ClientId)?.Label,
                Invoices = await list.ByIdsAsync(result.InvoiceIds, cancellationToken),
                Statements = await statements.ByIdsAsync(result.PayoutStatementIds, cancellationToken),
            });
        }, () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new InvoiceRunPageViewModel { Form = form, Clients = clients, Error = FinancePages.Problem(ModelState) });
        });
    }

    /// <summary>Issues the posted drafts, each on its own; the notice names what was issued and what was refused and why.</summary>
    [HttpPost("issue")]
    public async Task<IActionResult> Issue(Guid[]? ids, [FromServices] IssueInvoicesHandler issue, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || ids is not { Length: > 0 })
        {
            TempData["Error"] = "Pick at least one draft to issue. Nothing was issued.";
            return Redirect("/invoices?status=Draft");
        }
        var outcome = await issue.HandleAsync(new IssueInvoicesCommand(ids), cancellationToken);
        FinancePages.Tell(TempData, outcome, "invoice");
        return Redirect(outcome.Issued.Count > 0 ? "/invoices?status=Issued" : "/invoices?status=Draft");
    }

    [HttpPost("{id:guid}/issue")]
    public async Task<IActionResult> IssueOne(Guid id, [FromServices] IssueInvoicesHandler issue, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetInvoiceQuery(id), cancellationToken) is null)
            return NotFound();
        FinancePages.Tell(TempData, await issue.HandleAsync(new IssueInvoicesCommand([id]), cancellationToken), "invoice");
        return Redirect($"/invoices/{id}");
    }

    [HttpPost("{id:guid}/regenerate")]
    public Task<IActionResult> Regenerate(Guid id, [FromServices] RegenerateInvoiceHandler regenerate, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/invoices/{id}", () => regenerate.HandleAsync(new RegenerateInvoiceCommand(id), cancellationToken),
            "The draft was rebuilt from the approved hours of its period at the price list's rates.");

    [HttpPost("{id:guid}/discard")]
    public async Task<IActionResult> Discard(Guid id, [FromServices] DiscardInvoiceDraftHandler discard, CancellationToken cancellationToken)
    {
        var result = await this.ActAndReturnAsync($"/invoices/{id}", () => discard.HandleAsync(new DiscardInvoiceDraftCommand(id), cancellationToken),
            "The draft was discarded. Its hours are unbilled again and go on the next run.");
        return TempData.Peek("Error") is null ? Redirect("/invoices?status=Draft") : result;
    }

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> MarkPaid(Guid id, MarkPaidForm form, [FromServices] MarkInvoicePaidHandler paid, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/invoices/{id}", () => paid.HandleAsync(new MarkInvoicePaidCommand(id, form.PaidOn!.Value, form.Reference), cancellationToken),
            "The invoice is marked paid.");

    [HttpPost("{id:guid}/send")]
    public Task<IActionResult> Send(Guid id, [FromServices] SendInvoiceHandler send, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/invoices/{id}", async () =>
        {
            var to = await send.HandleAsync(new SendInvoiceCommand(id), cancellationToken);
            return $"The PDF is on its way to {to}.";
        });

    [HttpPost("{id:guid}/void")]
    public Task<IActionResult> Void(Guid id, VoidForm form, [FromServices] VoidInvoiceHandler @void, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/invoices/{id}", async () =>
        {
            var note = await @void.HandleAsync(new VoidInvoiceCommand(id, form.Reason!), cancellationToken);
            return $"The invoice is voided by credit note {note.Number}. Its hours are unbilled again.";
        });

    /// <summary>One row per invoice line of every document the filters match, in the layout of docs/guide/finance.md.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv([FromQuery] InvoiceFilterForm filter, [FromServices] ExportInvoicesCsvHandler export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if ((FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken)) is { } problem)
            return FinancePages.Refused(this, problem);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"invoices-{clock.UtcNow:yyyy-MM-dd}.csv\"";
        // No byte order mark: accounting imports read plain UTF-8.
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        await export.HandleAsync(new ExportInvoicesCsvQuery(filter.ToFilter(), writer), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The stored PDFs of the issued invoices and credit notes the filters match, streamed as one ZIP.</summary>
    [HttpGet("pdfs.zip")]
    public async Task<IActionResult> Zip([FromQuery] InvoiceFilterForm filter, [FromServices] BillingPdfArchiveHandler archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if ((FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken)) is { } problem)
            return FinancePages.Refused(this, problem);
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"invoices-{clock.UtcNow:yyyy-MM-dd}.zip\"";
        await archive.HandleAsync(new InvoicePdfArchiveQuery(filter.ToFilter(), Response.Body), cancellationToken);
        return new EmptyResult();
    }
}
