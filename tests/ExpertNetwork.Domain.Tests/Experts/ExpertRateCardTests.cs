using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertRateCardTests
{
    private static readonly DateOnly January1 = new(2026, 1, 1);
    private static readonly DateOnly April1 = new(2026, 4, 1);

    private static Money Eur(decimal amount) => new(amount, "EUR");

    [Fact]
    public void A_rate_applies_on_every_day_of_its_period()
    {
        var expert = new ExpertBuilder().Active().Build();

        expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, new DateOnly(2026, 6, 30)));

        expert.RateOn(Activity.Annotation, January1).ShouldBe(Eur(95m));
        expert.RateOn(Activity.Annotation, new DateOnly(2026, 6, 30)).ShouldBe(Eur(95m));
        expert.RateOn(Activity.Annotation, new DateOnly(2026, 7, 1)).ShouldBeNull();
        expert.RateOn(Activity.Annotation, new DateOnly(2025, 12, 31)).ShouldBeNull();
    }

    [Fact]
    public void A_later_open_ended_rate_closes_the_open_one_the_day_before()
    {
        var expert = new ExpertBuilder().Active().Build();
        var old = expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, null));

        expert.SetRate(Activity.Annotation, Eur(110m), new DateRange(April1, null));

        old.Effective.End.ShouldBe(new DateOnly(2026, 3, 31));
        expert.RateOn(Activity.Annotation, new DateOnly(2026, 3, 31)).ShouldBe(Eur(95m));
        expert.RateOn(Activity.Annotation, April1).ShouldBe(Eur(110m));
        expert.RateOn(Activity.Annotation, new DateOnly(2030, 1, 1)).ShouldBe(Eur(110m));
    }

    [Fact]
    public void An_overlapping_bounded_rate_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.SetRate(Activity.Review, Eur(120m), new DateRange(January1, new DateOnly(2026, 3, 31)));

        Should.Throw<Refusal>(() => expert.SetRate(Activity.Review, Eur(130m), new DateRange(new DateOnly(2026, 3, 31), new DateOnly(2026, 6, 30))))
            .Message.ShouldBe("The Review rate 2026-01-01 to 2026-03-31 overlaps the new period 2026-03-31 to 2026-06-30.");
    }

    [Fact]
    public void A_bounded_rate_inside_an_open_ended_one_is_refused_rather_than_cutting_the_open_one_short()
    {
        var expert = new ExpertBuilder().Active().Build();
        var standing = expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, null));

        Should.Throw<Refusal>(() => expert.SetRate(Activity.Annotation, Eur(120m), new DateRange(April1, new DateOnly(2026, 4, 30))))
            .Message.ShouldContain("overlaps the new period 2026-04-01 to 2026-04-30");
        standing.Effective.End.ShouldBeNull();
        expert.RateOn(Activity.Annotation, new DateOnly(2026, 5, 1)).ShouldBe(Eur(95m));
    }

    [Fact]
    public void An_open_ended_rate_starting_on_the_same_day_as_the_open_one_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, null));

        Should.Throw<Refusal>(() => expert.SetRate(Activity.Annotation, Eur(99m), new DateRange(January1, null)))
            .Message.ShouldContain("overlaps");
    }

    [Fact]
    public void Rates_for_different_activities_do_not_clash()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, null));

        expert.SetRate(Activity.RedTeaming, Eur(140m), new DateRange(January1, null));

        expert.RateOn(Activity.RedTeaming, April1).ShouldBe(Eur(140m));
        expert.RateOn(Activity.Annotation, April1).ShouldBe(Eur(95m));
    }

    [Fact]
    public void A_rate_in_another_currency_than_the_activity_is_kept_in_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.SetRate(Activity.Annotation, Eur(95m), new DateRange(January1, new DateOnly(2026, 3, 31)));

        Should.Throw<Refusal>(() => expert.SetRate(Activity.Annotation, new Money(100m, "USD"), new DateRange(April1, null)))
            .Message.ShouldBe("The Annotation rate is kept in EUR; a rate in USD cannot be added.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_pay_rate_must_be_greater_than_zero(int amount)
    {
        var expert = new ExpertBuilder().Active().Build();

        Should.Throw<Refusal>(() => expert.SetRate(Activity.Annotation, Eur(amount), new DateRange(January1, null)))
            .Message.ShouldBe("The hourly rate must be between 0.01 and 100000.");
        expert.Rates.ShouldBeEmpty();
    }
}
