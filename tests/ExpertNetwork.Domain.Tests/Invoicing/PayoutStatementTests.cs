using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Invoicing;

public sealed class PayoutStatementTests
{
    private static readonly DateOnly IssueDate = InvoiceBuilder.IssueDate;
    private static readonly DateTime Now = InvoiceBuilder.IssuedUtc;

    [Fact]
    public void A_statement_pays_the_rounded_line_amounts_without_vat()
    {
        var statement = new PayoutStatementBuilder().InCurrency("pln").WithLine(7.75m, 95.50m).WithLine(0.25m, 10.10m).Build();

        statement.Currency.ShouldBe("PLN");
        statement.Lines.Select(l => l.Amount).ShouldBe([740.13m, 2.53m]);
        statement.TaxAmount.ShouldBe(0m);
        statement.Total.ShouldBe(742.66m);
        statement.Status.ShouldBe(DocumentStatus.Draft);
    }

    [Fact]
    public void A_statement_period_needs_an_end_date()
    {
        Should.Throw<Refusal>(() => PayoutStatement.Draft(Guid.NewGuid(), new DateRange(new DateOnly(2026, 3, 1), null), "EUR", [], Now))
            .Message.ShouldBe("A statement period needs an end date.");
    }

    [Fact]
    public void Statements_take_consecutive_numbers_from_the_payout_series()
    {
        var series = NumberSeries.Start(NumberSeries.Payouts, 2026);

        var first = new PayoutStatementBuilder().BuildIssued(series);
        var second = new PayoutStatementBuilder().BuildIssued(series);

        first.Number.ShouldBe("PAY-2026-000001");
        second.Number.ShouldBe("PAY-2026-000002");
        second.DueDate.ShouldBe(IssueDate.AddDays(14));
    }

    [Fact]
    public void An_issued_statement_cannot_change_its_lines()
    {
        var statement = new PayoutStatementBuilder().BuildIssued();

        Should.Throw<Refusal>(() => statement.ReplaceLines([]))
            .Message.ShouldBe("This document is issued, so it cannot be changed.");
        statement.Lines.Count.ShouldBe(1);
    }

    [Fact]
    public void An_issued_statement_can_be_marked_paid()
    {
        var statement = new PayoutStatementBuilder().BuildIssued();

        statement.MarkPaid(IssueDate.AddDays(3), "WISE-123", Now.AddDays(3));

        statement.Status.ShouldBe(DocumentStatus.Paid);
    }

    [Fact]
    public void A_statement_is_voided_by_the_credit_note_voiding_issues()
    {
        var statement = new PayoutStatementBuilder().WithLine(10m, 95m).BuildIssued();

        var note = statement.Void(NumberSeries.Start(NumberSeries.PayoutCredits, 2026), IssueDate, 0, "Wrong rate applied", Now);

        note.ExpertId.ShouldBe(statement.ExpertId);
        note.Number.ShouldBe("PCN-2026-000001");
        note.Total.ShouldBe(-950m);
        statement.Status.ShouldBe(DocumentStatus.Voided);
        statement.CreditNoteId.ShouldBe(note.Id);
    }

    [Fact]
    public void A_payout_credit_note_cannot_be_paid()
    {
        var statement = new PayoutStatementBuilder().BuildIssued();
        var note = statement.Void(NumberSeries.Start(NumberSeries.PayoutCredits, 2026), IssueDate, 0, "Wrong rate", Now);

        Should.Throw<Refusal>(() => note.MarkPaid(IssueDate, null, Now))
            .Message.ShouldBe("A credit note is settled against its invoice, not paid.");
    }

    [Fact]
    public void A_payout_credit_note_is_not_issued_on_its_own()
    {
        var note = new PayoutStatementBuilder().BuildIssued().CreateCreditNote(Now);

        Should.Throw<Refusal>(() => note.Issue(NumberSeries.Start(NumberSeries.PayoutCredits, 2026), IssueDate, 0, Now))
            .Message.ShouldBe("A credit note is issued when its statement is voided, not on its own.");
    }
}
