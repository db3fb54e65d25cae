namespace ExpertNetwork.Domain.Invoicing;

/// <summary>
/// The two sides that bill approved hours, each on its own documents: the client's invoice and the expert's payout
/// statement. Each side claims an entry at most once; the two sides claim the same entry independently.
/// </summary>
public enum BillingSide
{
    Invoice,
    Payout,
}
