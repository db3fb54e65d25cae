using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>
/// What the invoice and payout-statement APIs answer the same way, written once for the side whose documents are called
/// <paramref name="noun"/> ("invoice") in problems: a checked list page, one document with its ETag, its PDF, and the
/// 400 and 404 problem documents.
/// </summary>
public abstract class BillingApiController(string noun, CheckFinanceFilterHandler check) : ControllerBase
{
    private protected const string Json = "application/json";
    private protected const string ProblemJson = "application/problem+json";

    /// <summary>A page of the side's list, or a 400 problem that names the value that cannot be used.</summary>
    private protected async Task<ActionResult<FinancePage<TItem>>> ListAsync<TDocument, TFilter, TItem>(
        BillingListHandler<TDocument, TFilter, TItem> list, TFilter filter, CheckFinanceFilterQuery filterCheck, CancellationToken cancellationToken)
        where TDocument : BillingDocument where TFilter : IFinanceFilter
    {
        if (!ModelState.IsValid)
            return ValidationProblem(detail: FinancePages.Problem(ModelState), modelStateDictionary: ModelState);
        if (filter.Page < 1)
            return Invalid("page", "page starts at 1.");
        if (filter.PageSize is < 1 or > Paging.MaxPageSize)
            return Invalid("pageSize", $"pageSize must be between 1 and {Paging.MaxPageSize}.");
        if (await ProblemAsync(filterCheck, cancellationToken) is { } problem)
            return Invalid(string.Empty, problem);
        return FinancePage<TItem>.Of(await list.HandleAsync(filter, cancellationToken));
    }

    /// <summary>Why the filters (or a run's period and client) cannot be used, or null.</summary>
    private protected Task<string?> ProblemAsync(CheckFinanceFilterQuery filter, CancellationToken cancellationToken) => check.HandleAsync(filter, cancellationToken);

    /// <summary>One document with its version as the ETag, or a 404 problem.</summary>
    private protected async Task<ActionResult<TDetail>> DocumentAsync<TDetail>(Guid id, Task<TDetail?> find, Func<TDetail, int> version) where TDetail : class
    {
        if (await find is not { } detail)
            return NotFoundProblem(id);
        Response.Headers.ETag = VersionTags.ETagOf(version(detail));
        return detail;
    }

    /// <summary>The document's PDF, or a 404 problem when there is no such document.</summary>
    private protected async Task<IActionResult> PdfAsync(Guid id, Func<Task<bool>> exists, Func<Task<DocumentFile>> pdf)
    {
        if (!await exists())
            return NotFoundProblem(id);
        var file = await pdf();
        return File(file.Content, "application/pdf", file.FileName);
    }

    /// <summary>A 400 validation problem with <paramref name="message"/> under <paramref name="key"/>.</summary>
    private protected ActionResult Invalid(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return ValidationProblem(detail: message, modelStateDictionary: ModelState);
    }

    private ObjectResult NotFoundProblem(Guid id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {noun} with id {id}.");
}
