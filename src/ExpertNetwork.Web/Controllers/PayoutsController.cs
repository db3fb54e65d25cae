using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Invoicing;
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
public sealed class PayoutsController(ListPayoutStatementsHandler list, GetPayoutStatementHandler get, CheckFinanceFilterHandler check, IClock clock)
    : BillingPagesController("/payouts", "statement", check)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PayoutFilterForm filter, [FromServices] ListFinanceChoicesHandler choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (result, problem) = await ListAsync(list, filter.ToFilter(), CheckFinanceFilterQuery.Of(filter.ToFilter()), cancellationToken);
        var experts = (await choices.HandleAsync(new ListFinanceChoicesQuery(BillingSide.Payout), cancellationToken)).Experts;
        return View(new PayoutsIndexViewModel { Filter = filter, Result = result, Experts = experts, FilterError = problem });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] FinanceOptions finance, CancellationToken cancellationToken) =>
        await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is { } statement ? View(new PayoutPageViewModel(statement, finance.Today(clock.UtcNow))) : NotFound();

    [HttpGet("{id:guid}/pdf")]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] GetPayoutStatementPdfHandler pdf, CancellationToken cancellationToken) =>
        PdfFile(await pdf.HandleAsync(new GetPayoutStatementPdfQuery(id), cancellationToken));

    [HttpPost("issue")]
    public Task<IActionResult> Issue(Guid[]? ids, [FromServices] IssuePayoutStatementsHandler issue, CancellationToken cancellationToken) =>
        IssueAsync(ids, chosen => issue.HandleAsync(new IssuePayoutStatementsCommand(chosen), cancellationToken));

    [HttpPost("{id:guid}/issue")]
    public Task<IActionResult> IssueOne(Guid id, [FromServices] IssuePayoutStatementsHandler issue, CancellationToken cancellationToken) =>
        IssueOneAsync(id, async () => await get.HandleAsync(new GetPayoutStatementQuery(id), cancellationToken) is not null,
            () => issue.HandleAsync(new IssuePayoutStatementsCommand([id]), cancellationToken));

    [HttpPost("{id:guid}/regenerate")]
    public Task<IActionResult> Regenerate(Guid id, [FromServices] RegeneratePayoutStatementHandler regenerate, CancellationToken cancellationToken) =>
        ActOnAsync(id, () => regenerate.HandleAsync(new RegeneratePayoutStatementCommand(id), cancellationToken),
            "The draft was rebuilt from the expert's approved hours of its period at the agreed rates.");

    [HttpPost("{id:guid}/discard")]
    public Task<IActionResult> Discard(Guid id, [FromServices] DiscardPayoutStatementDraftHandler discard, CancellationToken cancellationToken) =>
        DiscardAsync(id, () => discard.HandleAsync(new DiscardPayoutStatementDraftCommand(id), cancellationToken),
            "The draft was discarded. Its hours go on the next run's statements.");

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> MarkPaid(Guid id, MarkPaidForm form, [FromServices] MarkPayoutStatementPaidHandler paid, CancellationToken cancellationToken) =>
        ActOnAsync(id, () => paid.HandleAsync(new MarkPayoutStatementPaidCommand(id, form.PaidOn!.Value, form.Reference), cancellationToken),
            "The statement is marked paid.");

    [HttpPost("{id:guid}/void")]
    public Task<IActionResult> Void(Guid id, VoidForm form, [FromServices] VoidPayoutStatementHandler @void, CancellationToken cancellationToken) =>
        ActOnAsync(id, async () =>
        {
            var note = await @void.HandleAsync(new VoidPayoutStatementCommand(id, form.Reason!), cancellationToken);
            return $"The statement is voided by credit note {note.Number}. Its hours go on the next run's statements.";
        });

    /// <summary>The payment run: one row per issued, unpaid statement the filters match (docs/guide/finance.md).</summary>
    [HttpGet("export.csv")]
    public Task<IActionResult> Csv([FromQuery] PayoutFilterForm filter, [FromServices] ExportPaymentRunCsvHandler export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return CsvAsync(CheckFinanceFilterQuery.Of(filter.ToFilter()), $"payment-run-{clock.UtcNow:yyyy-MM-dd}.csv",
            writer => export.HandleAsync(new ExportPaymentRunCsvQuery(filter.ToFilter(), writer), cancellationToken), cancellationToken);
    }

    [HttpGet("pdfs.zip")]
    public Task<IActionResult> Zip([FromQuery] PayoutFilterForm filter, [FromServices] BillingPdfArchiveHandler archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DownloadAsync(CheckFinanceFilterQuery.Of(filter.ToFilter()), "application/zip", $"payout-statements-{clock.UtcNow:yyyy-MM-dd}.zip",
            body => archive.HandleAsync(new PayoutPdfArchiveQuery(filter.ToFilter(), body), cancellationToken), cancellationToken);
    }
}
