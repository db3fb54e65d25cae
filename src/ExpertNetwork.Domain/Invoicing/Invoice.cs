using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>A client invoice (or its credit note) for one project and period.</summary>
public sealed class Invoice : BillingDocument
{
    public const string ReverseChargeNote = "Reverse charge: VAT to be accounted for by the recipient.";

    private Invoice() { }

    public Guid ClientId { get; private set; }
    public Guid ProjectId { get; private set; }
    public bool ReverseCharge { get; private set; }
    public bool PseudonymousExperts { get; private set; }

    /// <summary>When the PDF was last emailed to the client, and to which address.</summary>
    public DateTime? SentUtc { get; private set; }
    public string? SentTo { get; private set; }

    protected override bool ChargesTax => !ReverseCharge && TaxRate > 0;

    protected override string OriginalNoun => "invoice";

    protected override string Title => "Invoice";

    /// <param name="id">The id to give the draft, when its time entries are claimed for it before it is built; a new id when null.</param>
    /// <param name="runId">The invoice run drafting it, if any.</param>
    public static Invoice Draft(Client client, Project project, DateRange period, IEnumerable<BillingLine> lines, DateTime nowUtc, Guid? id = null, Guid? runId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(project);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (project.ClientId != client.Id)
            throw Refusal.Invalid("The project belongs to another client.");
        if (period.End is null)
            throw Refusal.Invalid("An invoice period needs an end date.");
        var invoice = new Invoice
        {
            Id = id ?? Guid.CreateVersion7(),
            ClientId = client.Id,
            ProjectId = project.Id,
            TaxRate = client.VatRate,
            ReverseCharge = client.ReverseCharge,
            PseudonymousExperts = project.Confidentiality != ConfidentialityLevel.Open,
        };
        invoice.OpenDraft(runId, period, project.Currency, lines, nowUtc);
        return invoice;
    }

    /// <summary>
    /// Rebuilds a draft from the client's and project's current settings (VAT rate, reverse charge, pseudonyms) and the
    /// given lines, so a correction on the client page reaches the draft when it is regenerated.
    /// </summary>
    public void Reprice(Client client, Project project, IEnumerable<BillingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(project);
        RequireStatus("regenerated", DocumentStatus.Draft);
        if (client.Id != ClientId || project.Id != ProjectId)
            throw Refusal.Invalid("A draft is regenerated for its own client and project.");
        TaxRate = client.VatRate;
        ReverseCharge = client.ReverseCharge;
        PseudonymousExperts = project.Confidentiality != ConfidentialityLevel.Open;
        ReplaceLines(lines);
    }

    /// <summary>A draft credit note cancelling this issued invoice in full; <see cref="Void"/> issues it.</summary>
    public Invoice CreateCreditNote(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var note = new Invoice
        {
            ClientId = ClientId,
            ProjectId = ProjectId,
            ReverseCharge = ReverseCharge,
            PseudonymousExperts = PseudonymousExperts,
        };
        note.CopyAsCreditNote(this, nowUtc);
        note.Record("CreditNoteDrafted");
        return note;
    }

    /// <summary>Only the stored PDF of an issued or paid invoice (or credit note) goes to the client.</summary>
    public static bool CanBeSentIn(DocumentStatus status, bool hasStoredPdf) => status is DocumentStatus.Issued or DocumentStatus.Paid && hasStoredPdf;

    public bool CanSend => CanBeSentIn(Status, PdfSha256 is not null);

    /// <summary>Records that the issued PDF was emailed to the client; sending again (a lost mail) moves the stamp.</summary>
    public void MarkSent(string toAddress, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (!CanSend)
        {
            if (Status is not (DocumentStatus.Issued or DocumentStatus.Paid))
                throw Refusal.Conflict(Status == DocumentStatus.Draft
                    ? "A draft is not sent to the client; issue it first."
                    : $"This {(Kind == DocumentKind.CreditNote ? "credit note" : "invoice")} is {Status.ToString().ToLowerInvariant()}, so it is not sent to the client.");
            throw Refusal.Conflict("The PDF of this document is not stored, so there is nothing to send.");
        }
        SentTo = Guard.Required(toAddress, "Recipient", TextLimits.Email);
        SentUtc = nowUtc;
        Record("SentToClient");
    }

    /// <summary>Voids this issued invoice: drafts its credit note, issues it from <paramref name="creditSeries"/> and returns it.</summary>
    public override Invoice Void(NumberSeries creditSeries, DateOnly issueDate, int paymentTermDays, string reason, DateTime nowUtc) =>
        VoidWith(() => CreateCreditNote(nowUtc), creditSeries, issueDate, paymentTermDays, reason, nowUtc);
}
