using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Issuing, voiding and discarding for either side (the side's <see cref="IBillingBook"/>), each decided on fresh data with
/// <see cref="FreshAttempts"/>: an attempt that lost a race (the document or the series row changed under it, or the
/// database rolled the transaction back as a deadlock or serialisation victim, number included) is run again in a new
/// unit of work, so what it then says (issued, or refused because someone else issued it first) is true of the
/// committed state.
/// </summary>
internal static class DocumentIssuing
{
    public const string IssueBusy = "It was changed by someone else at the same moment, so it was not issued. Reload and try again.";
    public const string VoidBusy = "It was changed by someone else at the same moment, so it was not voided. Reload and try again.";
    public const string DiscardBusy = "It was changed by someone else at the same moment, so it was not discarded. Reload and try again.";

    private const int MaxAttempts = 4;

    /// <summary>Issues each document on its own; a refusal is reported for that document and the others go on.</summary>
    public static async Task<IssueOutcome> IssueEachAsync(BillingSide side, FreshAttempts attempts, IClock clock, FinanceOptions finance, IReadOnlyList<Guid> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var issued = new List<IssuedDocument>();
        var refused = new List<RefusedDocument>();
        // The series rows this call has seen exist: the check (a unit of work of its own) is made once per call and year.
        var years = new HashSet<int>();
        foreach (var id in ids.Distinct())
        {
            try
            {
                var now = clock.UtcNow;
                var year = finance.Today(now).Year;
                if (!years.Contains(year))
                {
                    await NumberSeriesLock.EnsureAsync(attempts, BillingSeries.OriginalsOf(side), year, cancellationToken);
                    years.Add(year);
                }
                issued.Add(await RunAsync(side, attempts, new FreshAttemptPolicy("issue " + side, MaxAttempts, IssueBusy),
                    (book, ct) => book.IssueAsync(id, now, ct), cancellationToken));
            }
            catch (Refusal ex)
            {
                refused.Add(new RefusedDocument(id, ex.Message));
            }
        }
        return new IssueOutcome(issued, refused);
    }

    /// <summary>Voids an issued original by issuing its credit note; returns the credit note.</summary>
    public static async Task<IssuedDocument> VoidAsync(BillingSide side, FreshAttempts attempts, IClock clock, FinanceOptions finance, Guid id, string reason,
        CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await NumberSeriesLock.EnsureAsync(attempts, BillingSeries.CreditNotesOf(side), finance.Today(now).Year, cancellationToken);
        return await RunAsync(side, attempts, new FreshAttemptPolicy("void " + side, MaxAttempts, VoidBusy),
            (book, ct) => book.VoidAsync(id, reason, now, ct), cancellationToken);
    }

    /// <summary>Deletes a draft and gives its hours back.</summary>
    public static Task DiscardAsync(BillingSide side, FreshAttempts attempts, Guid id, CancellationToken cancellationToken) =>
        RunAsync(side, attempts, new FreshAttemptPolicy("discard " + side, MaxAttempts, DiscardBusy), async (book, ct) =>
        {
            await book.DiscardAsync(id, ct);
            return id;
        }, cancellationToken);

    /// <summary>One attempt after another, each with the side's book built in its own scope.</summary>
    private static Task<TResult> RunAsync<TResult>(BillingSide side, FreshAttempts attempts, FreshAttemptPolicy policy,
        Func<IBillingBook, CancellationToken, Task<TResult>> attempt, CancellationToken cancellationToken) =>
        side == BillingSide.Invoice
            ? attempts.RunAsync<InvoiceBook, TResult>(policy, attempt, cancellationToken)
            : attempts.RunAsync<PayoutBook, TResult>(policy, attempt, cancellationToken);
}
