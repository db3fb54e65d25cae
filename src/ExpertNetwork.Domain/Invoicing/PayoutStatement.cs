using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>A self-billing statement of what an expert is paid for a period, at the engagements' agreed rates.</summary>
public sealed class PayoutStatement : BillingDocument
{
    private PayoutStatement() { }

    public Guid ExpertId { get; private set; }

    protected override string OriginalNoun => "statement";

    protected override string Title => "Payout statement";

    /// <param name="id">The id to give the draft, when its time entries are claimed for it before it is built; a new id when null.</param>
    /// <param name="runId">The invoice run drafting it, if any.</param>
    public static PayoutStatement Draft(Guid expertId, DateRange period, string currency, IEnumerable<BillingLine> lines, DateTime nowUtc, Guid? id = null, Guid? runId = null)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (period.End is null)
            throw Refusal.Invalid("A statement period needs an end date.");
        var statement = new PayoutStatement { Id = id ?? Guid.CreateVersion7(), ExpertId = expertId };
        statement.OpenDraft(runId, period, Money.Zero(currency).Currency, lines, nowUtc);
        return statement;
    }

    public PayoutStatement CreateCreditNote(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var note = new PayoutStatement { ExpertId = ExpertId };
        note.CopyAsCreditNote(this, nowUtc);
        note.Record("CreditNoteDrafted");
        return note;
    }

    /// <summary>Voids this issued statement: drafts its credit note, issues it from <paramref name="creditSeries"/> and returns it.</summary>
    public override PayoutStatement Void(NumberSeries creditSeries, DateOnly issueDate, int paymentTermDays, string reason, DateTime nowUtc) =>
        VoidWith(() => CreateCreditNote(nowUtc), creditSeries, issueDate, paymentTermDays, reason, nowUtc);
}
