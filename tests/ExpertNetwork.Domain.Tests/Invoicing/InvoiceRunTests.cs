using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Invoicing;

public sealed class InvoiceRunTests
{
    private static readonly DateTime Now = InvoiceBuilder.IssuedUtc;
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void A_run_records_its_period_client_and_requester_and_then_what_it_drafted()
    {
        var client = Guid.NewGuid();
        var run = InvoiceRun.Start(March, new DateOnly(2026, 3, 31), client, "finance@demo.local", Now);

        run.Period.ShouldBe(new DateRange(March, new DateOnly(2026, 3, 31)));
        (run.ClientId, run.RequestedBy, run.StartedUtc, run.IsCompleted).ShouldBe(((Guid?)client, "finance@demo.local", Now, false));

        run.Complete(3, 5, 40, 41, ["1 h of review by Dr Ana Ruiz on 2026-03-04 was not invoiced."], Now.AddMinutes(1));

        (run.InvoicesDrafted, run.StatementsDrafted, run.EntriesInvoiced, run.EntriesOnStatements).ShouldBe((3, 5, 40, 41));
        run.Skipped.ShouldHaveSingleItem();
        run.CompletedUtc.ShouldBe(Now.AddMinutes(1));
        run.PendingActions.ShouldBe(["Started", "Completed"]);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        Should.Throw<Refusal>(() => InvoiceRun.Start(March, March.AddDays(-1), null, "finance@demo.local", Now))
            .Message.ShouldBe("The period ends (2026-02-28) before it starts (2026-03-01).");
    }

    [Fact]
    public void A_run_longer_than_the_limit_is_refused()
    {
        Should.Throw<Refusal>(() => InvoiceRun.Start(March, March.AddDays(InvoiceRun.MaxDays), null, "finance@demo.local", Now))
            .Message.ShouldContain($"at most {InvoiceRun.MaxDays} days");
    }

    [Fact]
    public void A_run_is_completed_once()
    {
        var run = InvoiceRun.Start(March, March, null, "system", Now);
        run.Complete(0, 0, 0, 0, [], Now);

        Should.Throw<Refusal>(() => run.Complete(1, 0, 1, 0, [], Now)).Message.ShouldBe("This invoice run is already completed.");
    }

    [Fact]
    public void Only_a_draft_can_be_discarded()
    {
        var draft = new InvoiceBuilder().Build();
        draft.ClearPendingActions();
        draft.Discard();
        draft.PendingActions.ShouldBe(["Discarded"]);

        var issued = new InvoiceBuilder().BuildIssued(NumberSeries.Start(NumberSeries.Invoices, 2026));
        Should.Throw<Refusal>(issued.Discard).Message.ShouldBe("This document is issued, so it cannot be discarded.");
    }

    [Fact]
    public void A_draft_can_be_given_the_id_its_hours_were_claimed_for_and_remembers_its_run()
    {
        var id = Guid.CreateVersion7();
        var run = Guid.CreateVersion7();
        var statement = PayoutStatement.Draft(Guid.NewGuid(), new DateRange(March, new DateOnly(2026, 3, 31)), "EUR",
            [new BillingLine("Review", null, Activity.Review, 1m, 100m, "EUR")], Now, id, run);

        (statement.Id, statement.RunId).ShouldBe((id, (Guid?)run));
        statement.PendingActions.ShouldBe(["Drafted"]);
    }
}
