using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers;

/// <summary>
/// What finance's invoice and payout pages do the same way, written once for the side whose pages start at
/// <paramref name="home"/> ("/invoices") and whose documents are called <paramref name="noun"/> in notices: the list
/// with its checked filters, the PDF, issuing, the inline posts that return to a document's page, discarding, and the
/// downloads of what the filters match. Each side's controller keeps its routes and says what differs.
/// </summary>
public abstract class BillingPagesController(string home, string noun, CheckFinanceFilterHandler check) : Controller
{
    /// <summary>The filters' problem: the form's own errors first, then the use case's; null when they can be used.</summary>
    private protected async Task<string?> ProblemAsync(CheckFinanceFilterQuery filter, CancellationToken cancellationToken) =>
        FinancePages.Problem(ModelState) ?? await check.HandleAsync(filter, cancellationToken);

    /// <summary>A page of the list, or an empty one with status 422 and the problem when the filters cannot be used.</summary>
    private protected async Task<(FinanceList<TItem> Result, string? Problem)> ListAsync<TDocument, TFilter, TItem>(
        BillingListHandler<TDocument, TFilter, TItem> list, TFilter filter, CheckFinanceFilterQuery check, CancellationToken cancellationToken)
        where TDocument : Domain.Invoicing.BillingDocument where TFilter : IFinanceFilter
    {
        if (await ProblemAsync(check, cancellationToken) is { } problem)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return (new FinanceList<TItem>(new PagedResult<TItem>([], 1, Paging.DefaultPageSize, 0), []), problem);
        }
        return (await list.HandleAsync(filter, cancellationToken), null);
    }

    private protected IActionResult PdfFile(DocumentFile file) => File(file.Content, "application/pdf", file.FileName);

    /// <summary>Issues the posted drafts, each on its own; the notice names what was issued and what was refused and why.</summary>
    private protected async Task<IActionResult> IssueAsync(Guid[]? ids, Func<IReadOnlyList<Guid>, Task<IssueOutcome>> issue)
    {
        if (!ModelState.IsValid || ids is not { Length: > 0 })
        {
            TempData["Error"] = "Pick at least one draft to issue. Nothing was issued.";
            return Redirect($"{home}?status=Draft");
        }
        var outcome = await issue(ids);
        FinancePages.Tell(TempData, outcome, noun);
        return Redirect(outcome.Issued.Count > 0 ? $"{home}?status=Issued" : $"{home}?status=Draft");
    }

    /// <summary>Issues one draft from its page; a document that does not exist is the 404 page.</summary>
    private protected async Task<IActionResult> IssueOneAsync(Guid id, Func<Task<bool>> exists, Func<Task<IssueOutcome>> issue)
    {
        if (!await exists())
            return NotFound();
        FinancePages.Tell(TempData, await issue(), noun);
        return Redirect($"{home}/{id}");
    }

    /// <summary>A change from the document's page that returns to it with <paramref name="notice"/>, or with the refusal.</summary>
    private protected Task<IActionResult> ActOnAsync(Guid id, Func<Task> change, string notice) => this.ActAndReturnAsync($"{home}/{id}", change, notice);

    /// <summary>A change from the document's page that returns to it with the notice the change words.</summary>
    private protected Task<IActionResult> ActOnAsync(Guid id, Func<Task<string>> change) => this.ActAndReturnAsync($"{home}/{id}", change);

    /// <summary>A discarded draft has no page left: back to the drafts; a refused discard stays on its page.</summary>
    private protected async Task<IActionResult> DiscardAsync(Guid id, Func<Task> discard, string notice)
    {
        var result = await ActOnAsync(id, discard, notice);
        return TempData.Peek("Error") is null ? Redirect($"{home}?status=Draft") : result;
    }

    /// <summary>A file of what the filters match, written straight to the response; filters that cannot be used get the problem page.</summary>
    private protected async Task<IActionResult> DownloadAsync(CheckFinanceFilterQuery filter, string contentType, string fileName, Func<Stream, Task> write,
        CancellationToken cancellationToken)
    {
        if (await ProblemAsync(filter, cancellationToken) is { } problem)
            return FinancePages.Refused(this, problem);
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(Response.Body);
        return new EmptyResult();
    }

    /// <summary>A CSV download in the layout of docs/guide/finance.md.</summary>
    private protected Task<IActionResult> CsvAsync(CheckFinanceFilterQuery filter, string fileName, Func<TextWriter, Task> write, CancellationToken cancellationToken) =>
        DownloadAsync(filter, "text/csv; charset=utf-8", fileName, async body =>
        {
            // No byte order mark: accounting imports read plain UTF-8.
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
            await write(writer);
        }, cancellationToken);
}
