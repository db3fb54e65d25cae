using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>
/// What client invoices and expert payout statements share: lines and totals, a gap-free number from a
/// series given at issue, Draft -> Issued -> Paid, and Issued -> Voided by a credit note issued in the same step.
/// Nothing about an issued document changes except its payment and void stamps; its PDF hash is kept.
/// </summary>
public abstract class BillingDocument : AggregateRoot
{
    private readonly List<BillingLine> _lines = [];

    protected BillingDocument()
    {
        Currency = string.Empty;
        Period = new DateRange(DateOnly.MinValue, DateOnly.MinValue);
    }

    public DocumentKind Kind { get; protected set; }
    public DateRange Period { get; protected set; }
    public string Currency { get; protected set; }
    public DocumentStatus Status { get; private set; }
    public string? Number { get; private set; }
    public string? SeriesKey { get; private set; }
    public long? SequenceNumber { get; private set; }
    public decimal Subtotal { get; private set; }
    public decimal TaxRate { get; protected set; }
    public decimal TaxAmount { get; private set; }
    public decimal Total { get; private set; }
    public DateTime CreatedUtc { get; protected set; }
    public DateTime? IssuedUtc { get; private set; }
    public DateOnly? IssueDate { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? PaymentReference { get; private set; }
    public DateTime? VoidedUtc { get; private set; }
    public string? VoidReason { get; private set; }
    public Guid? CreditNoteId { get; private set; }
    public Guid? CreditedDocumentId { get; protected set; }
    public string? PdfSha256 { get; private set; }
    public string? PdfStorageKey { get; private set; }

    /// <summary>The invoice run that drafted this document; null for credit notes and documents drafted otherwise.</summary>
    public Guid? RunId { get; protected set; }

    public IReadOnlyList<BillingLine> Lines => _lines;

    /// <summary>The lines as every page, PDF and export shows them: by description (expert, activity, first day), then rate.</summary>
    public IEnumerable<BillingLine> LinesInOrder() => _lines.OrderBy(l => l.Description, StringComparer.Ordinal).ThenBy(l => l.UnitPrice);

    public Money SubtotalMoney => new(Subtotal, Currency);
    public Money TotalMoney => new(Total, Currency);

    /// <summary>A draft is still being prepared: it may be previewed, issued, regenerated or discarded; nothing else.</summary>
    public static bool IsDraftIn(DocumentStatus status) => status == DocumentStatus.Draft;

    /// <summary>Only an issued original awaits payment, and only it can be marked paid or voided; a credit note is settled against its original.</summary>
    public static bool AwaitsPaymentIn(DocumentKind kind, DocumentStatus status) => kind == DocumentKind.Original && status == DocumentStatus.Issued;

    public bool CanMarkPaid => AwaitsPaymentIn(Kind, Status);

    public bool CanVoid => AwaitsPaymentIn(Kind, Status);

    /// <summary>Tax is not charged when the customer accounts for it (reverse charge) or on self-billed payouts without VAT.</summary>
    protected virtual bool ChargesTax => TaxRate > 0;

    /// <summary>Regenerating a draft replaces its lines; an issued document never changes.</summary>
    public void ReplaceLines(IEnumerable<BillingLine> lines)
    {
        RequireStatus("changed", DocumentStatus.Draft);
        _lines.Clear();
        _lines.AddRange(lines);
        Recalculate();
        Record("LinesReplaced");
    }

    /// <summary>Checks that this is a draft (only drafts are ever deleted) and records the discarding.</summary>
    public void Discard()
    {
        RequireStatus("discarded", DocumentStatus.Draft);
        Record("Discarded");
    }

    /// <summary>What the original is called in sentences ("invoice", "statement").</summary>
    protected abstract string OriginalNoun { get; }

    /// <summary>What the document is called at the start of a sentence ("Invoice", "Payout statement").</summary>
    protected abstract string Title { get; }

    /// <summary>Checks, before any hours are given back or claimed again, that this is a draft: only a draft is rebuilt.</summary>
    public void RequireRegenerable()
    {
        if (Status != DocumentStatus.Draft)
            throw Refusal.Conflict($"{Title} {Number} is {Status.ToString().ToLowerInvariant()}; only a draft can be regenerated.");
    }

    /// <summary>Voids this issued original: drafts its credit note, issues it from <paramref name="creditSeries"/> and returns it.</summary>
    public abstract BillingDocument Void(NumberSeries creditSeries, DateOnly issueDate, int paymentTermDays, string reason, DateTime nowUtc);

    /// <summary>Gives a draft original its number from the series and its dates. A credit note is issued only by voiding the document it credits.</summary>
    public void Issue(NumberSeries series, DateOnly issueDate, int paymentTermDays, DateTime nowUtc)
    {
        if (Kind == DocumentKind.CreditNote)
            throw Refusal.Conflict($"A credit note is issued when its {OriginalNoun} is voided, not on its own.");
        TakeNumber(series, issueDate, paymentTermDays, nowUtc);
    }

    private void TakeNumber(NumberSeries series, DateOnly issueDate, int paymentTermDays, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(series);
        Guard.Utc(nowUtc, nameof(nowUtc));
        RequireStatus("issued", DocumentStatus.Draft);
        if (_lines.Count == 0)
            throw Refusal.Conflict("A document without lines cannot be issued.");
        if (paymentTermDays is < 0 or > 365)
            throw Refusal.Invalid("Payment terms must be between 0 and 365 days.");
        var (sequence, number) = series.Allocate(issueDate);
        SeriesKey = series.Key;
        SequenceNumber = sequence;
        Number = number;
        IssueDate = issueDate;
        DueDate = issueDate.AddDays(paymentTermDays);
        IssuedUtc = nowUtc;
        Status = DocumentStatus.Issued;
        Record("Issued");
    }

    /// <summary>Records the rendered PDF of an issued document, once.</summary>
    public void AttachPdf(string sha256Hex, string storageKey)
    {
        if (Status == DocumentStatus.Draft)
            throw Refusal.Conflict("A draft has no final PDF.");
        if (PdfSha256 is not null)
            throw Refusal.Conflict("The PDF of an issued document is already stored and cannot be replaced.");
        if (sha256Hex is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The PDF hash must be a SHA-256 hex digest.");
        PdfSha256 = sha256Hex.ToLowerInvariant();
        PdfStorageKey = Guard.Required(storageKey, "Storage key", TextLimits.Short);
        Record("PdfStored");
    }

    public void MarkPaid(DateOnly paidOn, string? reference, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (!CanMarkPaid)
        {
            RequireStatus("marked paid", DocumentStatus.Issued);
            throw Refusal.Conflict("A credit note is settled against its invoice, not paid.");
        }
        if (IssueDate is { } issued && paidOn < issued)
            throw Refusal.Invalid("The payment date cannot be before the issue date.", nameof(PaidOn));
        // A day's grace for time zones ahead of UTC; a payment is recorded once it has arrived.
        if (paidOn > DateOnly.FromDateTime(nowUtc).AddDays(1))
            throw Refusal.Invalid($"The payment date {paidOn:yyyy-MM-dd} is in the future; record a payment once it has arrived.", nameof(PaidOn));
        PaidOn = paidOn;
        PaymentReference = Guard.Optional(reference, "Payment reference", TextLimits.Short);
        Status = DocumentStatus.Paid;
        Record("Paid");
    }

    /// <summary>
    /// Voids this issued original by a credit note drafted for it (<paramref name="draftCreditNote"/>), which is issued
    /// here with a number from <paramref name="creditSeries"/>: nothing else issues a credit note, and nothing is
    /// drafted or numbered when the original cannot be voided.
    /// </summary>
    /// <summary>Starts a new original draft of <paramref name="lines"/>, recorded as drafted (and nothing before it).</summary>
    protected void OpenDraft(Guid? runId, DateRange period, string currency, IEnumerable<BillingLine> lines, DateTime nowUtc)
    {
        RunId = runId;
        Kind = DocumentKind.Original;
        Period = period;
        Currency = currency;
        CreatedUtc = nowUtc;
        ReplaceLines(lines);
        ClearPendingActions();
        Record("Drafted");
    }

    protected TDocument VoidWith<TDocument>(Func<TDocument> draftCreditNote, NumberSeries creditSeries, DateOnly issueDate, int paymentTermDays,
        string reason, DateTime nowUtc) where TDocument : BillingDocument
    {
        ArgumentNullException.ThrowIfNull(draftCreditNote);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (!CanVoid)
        {
            if (Kind != DocumentKind.Original)
                throw Refusal.Conflict("A credit note cannot be voided.");
            RequireStatus("voided", DocumentStatus.Issued);
        }
        var why = Guard.Reason(reason, "A reason for voiding");
        var creditNote = draftCreditNote();
        creditNote.TakeNumber(creditSeries, issueDate, paymentTermDays, nowUtc);
        VoidReason = why;
        VoidedUtc = nowUtc;
        CreditNoteId = creditNote.Id;
        Status = DocumentStatus.Voided;
        Record("Voided");
        return creditNote;
    }

    protected void CopyAsCreditNote(BillingDocument original, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Kind != DocumentKind.Original || original.Status != DocumentStatus.Issued)
            throw Refusal.Conflict("Only an issued, unpaid invoice or statement can be credited.");
        Kind = DocumentKind.CreditNote;
        CreditedDocumentId = original.Id;
        Period = original.Period;
        Currency = original.Currency;
        TaxRate = original.TaxRate;
        CreatedUtc = nowUtc;
        _lines.AddRange(original.Lines.Select(l => l.Negated(original.Currency)));
        Recalculate();
    }

    protected void Recalculate()
    {
        Subtotal = _lines.Sum(l => l.Amount);
        TaxAmount = ChargesTax ? Money.RoundToMinorUnit(Subtotal * TaxRate, Currency) : 0m;
        Total = Subtotal + TaxAmount;
    }

    protected void RequireStatus(string verb, DocumentStatus expected)
    {
        if (Status != expected)
            throw Refusal.Conflict($"This {(Kind == DocumentKind.CreditNote ? "credit note" : "document")} is {Status.ToString().ToLowerInvariant()}, so it cannot be {verb}.");
    }
}
