using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// Finance's expert payout statements (self-billing): the list, review and issue of drafts, payments, voiding by
/// credit note, the payment-run CSV and the ZIP of PDFs. Statements are drafted by the same run as invoices.
/// </summary>
[Authorize(Policy = WebComposition.FinancePolicy)]
[Route("payouts")]
public sealed class PayoutsController(ListPayoutStatementsHandler list, GetPayoutStatementHandler get, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PayoutFilterForm filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var problem = FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken);
        if (problem is not null)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var result = problem is null
            ? await list.HandleAsync(filter.ToFilter(), cancellationToken)
            : new FinanceList<PayoutListItem>(new PagedResult<PayoutListItem>([], 1, Paging.DefaultPageSize, 0), []);
        return View(new PayoutsIndexViewModel { Filter = filter, Result = result, Experts = await list.ExpertsAsync(cancellationToken), FilterError = problem });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is { } statement ? View(new PayoutPageViewModel(statement, clock.UtcNow)) : NotFound();

    [HttpGet("{id:guid}/pdf")]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetPayoutStatementPdfHandler pdf, CancellationToken cancellationToken)
    {
        var file = await pdf.HandleAsync(new GetPayoutStatementPdfQuery(id), cancellationToken);
        return File(file.Content, "application/pdf", file.FileName);
    }

    [HttpPost("issue")]
    public async Task<IActionResult> Issue(Guid[]? ids, [FromServices] IssuePayoutStatementsHandler issue, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || ids is not { Length: > 0 })
        {
            TempData["Error"] = "Pick at least one draft to issue. Nothing was issued.";
            return Redirect("/payouts?status=Draft");
        }
        var outcome = await issue.HandleAsync(new IssuePayoutStatementsCommand(ids), cancellationToken);
        FinancePages.Tell(TempData, outcome, "statement");
        return Redirect(outcome.Issued.Count > 0 ? "/payouts?status=Issued" : "/payouts?status=Draft");
    }

    [HttpPost("{id:guid}/issue")]
    public async Task<IActionResult> IssueOne(Guid id, [FromServices] IssuePayoutStatementsHandler issue, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is null)
            return NotFound();
        FinancePages.Tell(TempData, await issue.HandleAsync(new IssuePayoutStatementsCommand([id]), cancellationToken), "statement");
        return Redirect($"/payouts/{id}");
    }

    [HttpPost("{id:guid}/regenerate")]
    public Task<IActionResult> Regenerate(Guid id, [FromServices] RegeneratePayoutStatementHandler regenerate, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/payouts/{id}", () => regenerate.HandleAsync(new RegeneratePayoutStatementCommand(id), cancellationToken),
            "The draft was rebuilt from the expert's approved hours of its period at the agreed rates.");

    [HttpPost("{id:guid}/discard")]
    public async Task<IActionResult> Discard(Guid id, [FromServices] DiscardPayoutStatementDraftHandler discard, CancellationToken cancellationToken)
    {
        var result = await this.ActAndReturnAsync($"/payouts/{id}", () => discard.HandleAsync(new DiscardPayoutStatementDraftCommand(id), cancellationToken),
            "The draft was discarded. Its hours go on the next run's statements.");
        return TempData.Peek("Error") is null ? Redirect("/payouts?status=Draft") : result;
    }

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> MarkPaid(Guid id, MarkPaidForm form, [FromServices] MarkPayoutStatementPaidHandler paid, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/payouts/{id}", () => paid.HandleAsync(new MarkPayoutStatementPaidCommand(id, form.PaidOn!.Value, form.Reference), cancellationToken),
            "The statement is marked paid.");

    [HttpPost("{id:guid}/void")]
    public Task<IActionResult> Void(Guid id, VoidForm form, [FromServices] VoidPayoutStatementHandler @void, CancellationToken cancellationToken) =>
        this.ActAndReturnAsync($"/payouts/{id}", async () =>
        {
            var note = await @void.HandleAsync(new VoidPayoutStatementCommand(id, form.Reason!), cancellationToken);
            return $"The statement is voided by credit note {note.Number}. Its hours go on the next run's statements.";
        });

    /// <summary>The payment run: one row per issued, unpaid statement the filters match (docs/guide/finance.md).</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv([FromQuery] PayoutFilterForm filter, [FromServices] ExportPaymentRunCsvHandler export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if ((FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken)) is { } problem)
            return FinancePages.Refused(this, problem);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"payment-run-{clock.UtcNow:yyyy-MM-dd}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        await export.HandleAsync(new ExportPaymentRunCsvQuery(filter.ToFilter(), writer), cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("pdfs.zip")]
    public async Task<IActionResult> Zip([FromQuery] PayoutFilterForm filter, [FromServices] BillingPdfArchiveHandler archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if ((FinancePages.Problem(ModelState) ?? await list.ProblemAsync(filter.ToFilter(), cancellationToken)) is { } problem)
            return FinancePages.Refused(this, problem);
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"payout-statements-{clock.UtcNow:yyyy-MM-dd}.zip\"";
        await archive.HandleAsync(new PayoutPdfArchiveQuery(filter.ToFilter(), Response.Body), cancellationToken);
        return new EmptyResult();
    }
}
