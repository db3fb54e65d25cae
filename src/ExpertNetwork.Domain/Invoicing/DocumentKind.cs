namespace ExpertNetwork.Domain.Invoicing;

public enum DocumentKind
{
    /// <summary>An invoice to a client or a self-billed payout statement to an expert.</summary>
    Original,

    /// <summary>A credit note that cancels an issued original in full.</summary>
    CreditNote,
}
