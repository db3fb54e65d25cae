using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Budgets;

public sealed class BudgetNoticeTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 5, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Finance = ["finance@example.com"];

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(7_999.99, new int[0])]
    [InlineData(8_000, new[] { 80 })]
    [InlineData(9_999.99, new[] { 80 })]
    [InlineData(10_000, new[] { 80, 100 })]
    [InlineData(25_000, new[] { 80, 100 })]
    public void The_thresholds_reached_start_at_80_percent_of_the_budget(double spent, int[] expected) =>
        BudgetNotice.Reached((decimal)spent, 10_000m).ShouldBe(expected);

    [Fact]
    public void A_notice_records_the_spend_the_budget_and_who_was_warned()
    {
        var project = Guid.NewGuid();

        var notice = BudgetNotice.Sent(project, 80, new Money(8_250m, "EUR"), new Money(10_000m, "EUR"), ["finance@example.com", "pm@example.com"], "<m@x>", Now);

        notice.ProjectId.ShouldBe(project);
        notice.ThresholdPercent.ShouldBe(80);
        notice.Spent.ShouldBe(8_250m);
        notice.Budget.ShouldBe(10_000m);
        notice.Currency.ShouldBe("EUR");
        notice.Recipients.ShouldBe("finance@example.com, pm@example.com");
        notice.SentUtc.ShouldBe(Now);
    }

    [Fact]
    public void A_warning_for_a_threshold_the_spend_has_not_reached_is_refused() =>
        Should.Throw<Refusal>(() => BudgetNotice.Sent(Guid.NewGuid(), 100, new Money(9_000m, "EUR"), new Money(10_000m, "EUR"), Finance, "<m@x>", Now))
            .Message.ShouldContain("cannot be sent while 9,000.00 EUR of 10,000.00 EUR is spent");

    [Fact]
    public void Only_the_80_and_100_percent_thresholds_exist() =>
        Should.Throw<Refusal>(() => BudgetNotice.Sent(Guid.NewGuid(), 50, new Money(9_000m, "EUR"), new Money(10_000m, "EUR"), Finance, "<m@x>", Now))
            .Message.ShouldContain("at 80% and 100%");

    [Fact]
    public void A_warning_needs_a_recipient() =>
        Should.Throw<Refusal>(() => BudgetNotice.Sent(Guid.NewGuid(), 80, new Money(9_000m, "EUR"), new Money(10_000m, "EUR"), [], "<m@x>", Now));
}
