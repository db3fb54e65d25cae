using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Invoicing;

/// <summary>What both sides' documents decide the same way, run once per side.</summary>
public sealed class BillingDocumentTests
{
    public static TheoryData<BillingSide> Sides => [BillingSide.Invoice, BillingSide.Payout];

    private static BillingDocument Draft(BillingSide side) =>
        side == BillingSide.Invoice ? new InvoiceBuilder().Build() : new PayoutStatementBuilder().Build();

    private static BillingDocument Issued(BillingSide side) =>
        side == BillingSide.Invoice ? new InvoiceBuilder().BuildIssued() : new PayoutStatementBuilder().BuildIssued();

    [Theory]
    [MemberData(nameof(Sides))]
    public void A_draft_can_be_regenerated(BillingSide side) => Should.NotThrow(() => Draft(side).RequireRegenerable());

    [Theory]
    [MemberData(nameof(Sides))]
    public void Only_a_draft_can_be_regenerated(BillingSide side)
    {
        var issued = Issued(side);
        var title = side == BillingSide.Invoice ? "Invoice" : "Payout statement";

        var refusal = Should.Throw<Refusal>(issued.RequireRegenerable);

        refusal.Kind.ShouldBe(RefusalKind.Conflict);
        refusal.Message.ShouldBe($"{title} {issued.Number} is issued; only a draft can be regenerated.");
    }
}
