using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Clients;

public sealed class ProjectTests
{
    private static readonly DateOnly January1 = new(2026, 1, 1);
    private static readonly DateOnly April1 = new(2026, 4, 1);
    private static readonly DateRange Window = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31));

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static Project Create(Client client, DateRange? window = null, string code = "onc-2026", Money? budget = null) =>
        Project.Create(client, "Oncology rubric review", code, null, "Review answers", "Brief", ConfidentialityLevel.Confidential, false,
            budget ?? Eur(100_000m), "Europe/Warsaw", window ?? Window, TestClock.Now);

    [Fact]
    public void A_new_project_is_active_with_a_normalised_code()
    {
        var project = Create(new ClientBuilder().Build());

        project.Status.ShouldBe(ProjectStatus.Active);
        project.Code.ShouldBe("ONC-2026");
        project.Currency.ShouldBe("EUR");
    }

    [Theory]
    [InlineData(false, NdaScope.Master)]
    [InlineData(true, NdaScope.Client)]
    public void A_project_requires_the_nda_scope_its_client_asks_for(bool clientRequiresOwnNda, NdaScope expected)
    {
        var builder = new ClientBuilder();
        if (clientRequiresOwnNda)
            builder.RequiringClientNda();

        Create(builder.Build()).RequiredNdaScope.ShouldBe(expected);
    }

    [Fact]
    public void A_project_cannot_be_created_for_an_archived_client()
    {
        Should.Throw<Refusal>(() => Create(new ClientBuilder().Archived().Build()))
            .Message.ShouldBe("Projects cannot be created for an archived client.");
    }

    [Fact]
    public void A_project_needs_an_end_date()
    {
        Should.Throw<Refusal>(() => Create(new ClientBuilder().Build(), new DateRange(January1, null)))
            .Message.ShouldBe("A project needs an end date.");
    }

    [Fact]
    public void A_project_code_with_other_characters_than_letters_digits_and_hyphens_is_refused()
    {
        Should.Throw<Refusal>(() => Create(new ClientBuilder().Build(), code: "ONC 2026"))
            .Message.ShouldBe("A project code may contain only letters, digits and hyphens.");
    }

    [Fact]
    public void A_project_budget_must_be_greater_than_zero()
    {
        Should.Throw<Refusal>(() => Create(new ClientBuilder().Build(), budget: Eur(0m)))
            .Message.ShouldBe("The budget must be between 0.01 and 1000000000.");
    }

    [Fact]
    public void The_bill_rate_applies_from_its_first_to_its_last_day()
    {
        var project = new ProjectBuilder().Build();

        project.SetBillRate(ExpertTier.Senior, Activity.Review, Eur(210m), new DateRange(January1, new DateOnly(2026, 3, 31)));

        project.BillRateOn(ExpertTier.Senior, Activity.Review, new DateOnly(2025, 12, 31)).ShouldBeNull();
        project.BillRateOn(ExpertTier.Senior, Activity.Review, January1).ShouldBe(Eur(210m));
        project.BillRateOn(ExpertTier.Senior, Activity.Review, new DateOnly(2026, 3, 31)).ShouldBe(Eur(210m));
        project.BillRateOn(ExpertTier.Senior, Activity.Review, April1).ShouldBeNull();
    }

    [Fact]
    public void A_later_open_ended_bill_rate_closes_the_open_one_the_day_before()
    {
        var project = new ProjectBuilder().Build();
        var old = project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(150m), new DateRange(January1, null));

        project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(165m), new DateRange(April1, null));

        old.Effective.End.ShouldBe(new DateOnly(2026, 3, 31));
        project.BillRateOn(ExpertTier.Standard, Activity.Annotation, new DateOnly(2026, 3, 31)).ShouldBe(Eur(150m));
        project.BillRateOn(ExpertTier.Standard, Activity.Annotation, April1).ShouldBe(Eur(165m));
    }

    [Fact]
    public void An_overlapping_bill_rate_is_refused()
    {
        var project = new ProjectBuilder().Build();
        project.SetBillRate(ExpertTier.Principal, Activity.RedTeaming, Eur(300m), new DateRange(January1, new DateOnly(2026, 6, 30)));

        Should.Throw<Refusal>(() => project.SetBillRate(ExpertTier.Principal, Activity.RedTeaming, Eur(320m), new DateRange(new DateOnly(2026, 6, 30), null)))
            .Message.ShouldBe("The Principal RedTeaming bill rate 2026-01-01 to 2026-06-30 overlaps the new period from 2026-06-30.");
    }

    [Fact]
    public void A_bounded_bill_rate_inside_an_open_ended_one_is_refused()
    {
        var project = new ProjectBuilder().Build();
        var standing = project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(150m), new DateRange(January1, null));

        Should.Throw<Refusal>(() => project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(175m), new DateRange(April1, new DateOnly(2026, 4, 30))))
            .Message.ShouldContain("overlaps");
        standing.Effective.End.ShouldBeNull();
        project.BillRateOn(ExpertTier.Standard, Activity.Annotation, new DateOnly(2026, 5, 1)).ShouldBe(Eur(150m));
    }

    [Fact]
    public void Bill_rates_for_different_tiers_do_not_clash()
    {
        var project = new ProjectBuilder().Build();
        project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(150m), new DateRange(January1, null));

        project.SetBillRate(ExpertTier.Senior, Activity.Annotation, Eur(190m), new DateRange(January1, null));

        project.BillRateOn(ExpertTier.Senior, Activity.Annotation, April1).ShouldBe(Eur(190m));
        project.BillRateOn(ExpertTier.Standard, Activity.Annotation, April1).ShouldBe(Eur(150m));
    }

    [Fact]
    public void A_bill_rate_in_another_currency_than_the_project_is_refused()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => project.SetBillRate(ExpertTier.Standard, Activity.Annotation, new Money(150m, "USD"), new DateRange(January1, null)))
            .Message.ShouldBe("This project bills in EUR; a rate in USD cannot be added.");
    }

    [Fact]
    public void A_bill_rate_must_be_greater_than_zero()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(0m), new DateRange(January1, null)))
            .Message.ShouldBe("The hourly bill rate must be between 0.01 and 100000.");
    }

    [Fact]
    public void The_project_currency_cannot_change_once_it_has_a_price_list()
    {
        var project = new ProjectBuilder().Build();
        project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(150m), new DateRange(January1, null));

        Should.Throw<Refusal>(() => project.UpdateDetails("Oncology", "ONC-2026", null, "d", "b", ConfidentialityLevel.Open, false, new Money(100_000m, "USD"), "Europe/Warsaw", Window))
            .Message.ShouldBe("The project is priced in EUR; its currency cannot change once it has a price list.");
    }

    [Fact]
    public void The_project_currency_can_change_before_any_price_is_set()
    {
        var project = new ProjectBuilder().Build();

        project.UpdateDetails("Oncology", "ONC-2026", null, "d", "b", ConfidentialityLevel.Open, false, new Money(100_000m, "USD"), "America/New_York", Window);

        project.Currency.ShouldBe("USD");
        project.TimeZoneId.ShouldBe("America/New_York");
    }

    [Fact]
    public void An_active_project_can_be_completed()
    {
        var project = new ProjectBuilder().Build();

        project.Complete(TestClock.Now);

        project.Status.ShouldBe(ProjectStatus.Completed);
    }

    [Fact]
    public void An_active_project_can_be_cancelled_with_a_reason()
    {
        var project = new ProjectBuilder().Build();

        project.Cancel("Study halted by the sponsor", TestClock.Now);

        project.Status.ShouldBe(ProjectStatus.Cancelled);
        project.StatusReason.ShouldBe("Study halted by the sponsor");
    }

    [Fact]
    public void A_cancellation_needs_a_reason()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => project.Cancel("", TestClock.Now))
            .Message.ShouldBe("A cancellation reason is required.");
        project.Status.ShouldBe(ProjectStatus.Active);
    }

    [Theory]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Cancelled)]
    public void A_finished_project_cannot_be_changed(ProjectStatus status)
    {
        var project = new ProjectBuilder().InStatus(status).Build();
        var expected = $"A {status.ToString().ToLowerInvariant()} project cannot be changed.";

        Should.Throw<Refusal>(() => project.Complete(TestClock.Now)).Message.ShouldBe(expected);
        Should.Throw<Refusal>(() => project.Cancel("Again", TestClock.Now)).Message.ShouldBe(expected);
        Should.Throw<Refusal>(() => project.SetBillRate(ExpertTier.Standard, Activity.Annotation, Eur(150m), new DateRange(January1, null))).Message.ShouldBe(expected);
        project.Status.ShouldBe(status);
    }
}
