using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>
/// One invoice run: the period and client it was asked for, who asked and when, and what it drafted. Drafts remember
/// their run; the monthly job looks for a completed run of last month before starting another.
/// </summary>
public sealed class InvoiceRun : AggregateRoot
{
    /// <summary>Long enough for a year and its closing days; a run covers at most this many days.</summary>
    public const int MaxDays = 400;

    private InvoiceRun()
    {
        Period = new DateRange(DateOnly.MinValue, DateOnly.MinValue);
        RequestedBy = string.Empty;
        Skipped = [];
    }

    public DateRange Period { get; private set; }
    public Guid? ClientId { get; private set; }
    public string RequestedBy { get; private set; }
    public DateTime StartedUtc { get; private set; }
    public DateTime? CompletedUtc { get; private set; }
    public int InvoicesDrafted { get; private set; }
    public int StatementsDrafted { get; private set; }
    public int EntriesInvoiced { get; private set; }
    public int EntriesOnStatements { get; private set; }

    /// <summary>Why approved hours of the period were left unbilled, one sentence per expert, activity and project.</summary>
    public List<string> Skipped { get; private set; }

    public bool IsCompleted => CompletedUtc is not null;

    public static InvoiceRun Start(DateOnly from, DateOnly to, Guid? clientId, string requestedBy, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (to < from)
            throw Refusal.Invalid($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", "To");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
            throw Refusal.Invalid($"A run covers at most {MaxDays} days; split {from:yyyy-MM-dd} to {to:yyyy-MM-dd} into shorter periods.");
        var run = new InvoiceRun
        {
            Period = new DateRange(from, to),
            ClientId = clientId,
            RequestedBy = Guard.Required(requestedBy, "Requested by", TextLimits.Actor),
            StartedUtc = nowUtc,
        };
        run.Record("Started");
        return run;
    }

    public void Complete(int invoicesDrafted, int statementsDrafted, int entriesInvoiced, int entriesOnStatements, IEnumerable<string> skipped, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (IsCompleted)
            throw Refusal.Conflict("This invoice run is already completed.");
        if (invoicesDrafted < 0 || statementsDrafted < 0 || entriesInvoiced < 0 || entriesOnStatements < 0)
            throw Refusal.Invalid("A run cannot draft a negative number of documents or entries.");
        InvoicesDrafted = invoicesDrafted;
        StatementsDrafted = statementsDrafted;
        EntriesInvoiced = entriesInvoiced;
        EntriesOnStatements = entriesOnStatements;
        Skipped = [.. skipped];
        CompletedUtc = nowUtc;
        Record("Completed");
    }
}
