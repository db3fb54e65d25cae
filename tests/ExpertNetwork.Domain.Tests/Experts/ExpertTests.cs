using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertTests
{
    private static readonly DateTime Now = TestClock.Now;

    [Fact]
    public void A_registered_expert_starts_as_an_applicant_with_a_normalised_profile()
    {
        var expert = Expert.Register("  Dr. Anna Kowalska ", " Anna.Kowalska@Example.com", "pl", "Europe/Warsaw", 12, 20m, Now);

        expert.Status.ShouldBe(ExpertStatus.Applicant);
        expert.FullName.ShouldBe("Dr. Anna Kowalska");
        expert.Email.ShouldBe("anna.kowalska@example.com");
        expert.CountryCode.ShouldBe("PL");
        expert.StatusChangedUtc.ShouldBe(Now);
    }

    [Theory]
    [InlineData("POL", CountryCodes.Rule)]
    [InlineData("P1", CountryCodes.Rule)]
    public void Registering_with_a_country_that_is_not_two_letters_is_refused(string country, string message)
    {
        Should.Throw<Refusal>(() => Expert.Register("Anna", "anna@example.com", country, "Europe/Warsaw", 5, 10m, Now))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Registering_with_a_windows_time_zone_is_refused()
    {
        Should.Throw<Refusal>(() => Expert.Register("Anna", "anna@example.com", "PL", "Central European Standard Time", 5, 10m, Now))
            .Message.ShouldContain("IANA");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(71)]
    public void Years_of_experience_outside_0_to_70_are_refused(int years)
    {
        Should.Throw<Refusal>(() => new ExpertBuilder().WithYearsOfExperience(years).Build())
            .Message.ShouldBe("Years of experience must be between 0 and 70.");
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(80.25)]
    public void Weekly_capacity_outside_0_to_80_hours_is_refused(double hours)
    {
        var expert = new ExpertBuilder().Build();

        Should.Throw<Refusal>(() => expert.SetWeeklyCapacity((decimal)hours))
            .Message.ShouldBe("Weekly capacity must be between 0 and 80 hours.");
    }

    [Theory]
    [InlineData(0, ExpertTier.Standard)]
    [InlineData(9, ExpertTier.Standard)]
    [InlineData(10, ExpertTier.Senior)]
    [InlineData(19, ExpertTier.Senior)]
    [InlineData(20, ExpertTier.Principal)]
    public void The_tier_follows_years_of_practice(int years, ExpertTier tier)
    {
        new ExpertBuilder().WithYearsOfExperience(years).Build().Tier.ShouldBe(tier);
    }

    [Fact]
    public void An_applicant_can_be_vetted()
    {
        var expert = new ExpertBuilder().Build();

        expert.MarkVetted([new CredentialBuilder().ForExpert(expert).Build()], Now);

        expert.Status.ShouldBe(ExpertStatus.Vetted);
        expert.StatusChangedUtc.ShouldBe(Now);
    }

    [Fact]
    public void Vetting_an_expert_without_credentials_is_refused()
    {
        var expert = new ExpertBuilder().Build();

        var refusal = Should.Throw<Refusal>(() => expert.MarkVetted([], Now));

        refusal.Message.ShouldBe("An expert can be marked vetted only with at least one verified credential that is in date. Verify a credential first.");
        refusal.Kind.ShouldBe(RefusalKind.Conflict);
        expert.Status.ShouldBe(ExpertStatus.Applicant);
    }

    [Theory]
    [InlineData(VerificationStatus.Pending)]
    [InlineData(VerificationStatus.Rejected)]
    [InlineData(VerificationStatus.Expired)]
    public void Vetting_with_only_a_credential_that_is_not_verified_and_in_date_is_refused(VerificationStatus status)
    {
        var expert = new ExpertBuilder().Build();
        var credential = new CredentialBuilder().ForExpert(expert).ExpiringOn(TestClock.Today.AddDays(-1)).InStatus(status).Build();

        Should.Throw<Refusal>(() => expert.MarkVetted([credential], Now));

        expert.Status.ShouldBe(ExpertStatus.Applicant);
    }

    [Fact]
    public void A_verified_credential_that_expires_on_the_day_of_vetting_does_not_allow_it()
    {
        var expert = new ExpertBuilder().Build();
        var credential = new CredentialBuilder().ForExpert(expert).ExpiringOn(TestClock.Today).Build();

        Should.Throw<Refusal>(() => expert.MarkVetted([credential], Now));

        expert.Status.ShouldBe(ExpertStatus.Applicant);
    }

    [Fact]
    public void Another_experts_valid_credential_does_not_allow_vetting()
    {
        var expert = new ExpertBuilder().Build();
        var someoneElses = new CredentialBuilder().Build();

        Should.Throw<Refusal>(() => expert.MarkVetted([someoneElses], Now));

        expert.Status.ShouldBe(ExpertStatus.Applicant);
    }

    [Fact]
    public void A_vetted_expert_can_be_activated()
    {
        var expert = new ExpertBuilder().Vetted().Build();

        expert.Activate(Now);

        expert.Status.ShouldBe(ExpertStatus.Active);
    }

    [Theory]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    [InlineData(ExpertStatus.Suspended)]
    [InlineData(ExpertStatus.Archived)]
    public void Only_an_applicant_can_be_vetted(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => expert.MarkVetted([new CredentialBuilder().ForExpert(expert).Build()], Now))
            .Message.ShouldContain($"can be vetted (this expert is {status.ToString().ToLowerInvariant()})");
        expert.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(ExpertStatus.Applicant)]
    [InlineData(ExpertStatus.Active)]
    [InlineData(ExpertStatus.Suspended)]
    [InlineData(ExpertStatus.Archived)]
    public void Only_a_vetted_expert_can_be_activated(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => expert.Activate(Now))
            .Message.ShouldContain($"this expert is {status.ToString().ToLowerInvariant()}");
        expert.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(ExpertStatus.Applicant)]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    public void A_live_expert_can_be_suspended_with_a_reason(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        expert.Suspend("Complaint from client under review", Now);

        expert.Status.ShouldBe(ExpertStatus.Suspended);
        expert.StatusReason.ShouldBe("Complaint from client under review");
        expert.StatusBeforeSuspension.ShouldBe(status);
    }

    [Theory]
    [InlineData(ExpertStatus.Applicant)]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    public void Reinstating_returns_the_expert_to_the_status_held_before_the_suspension(ExpertStatus previous)
    {
        var expert = new ExpertBuilder().SuspendedFrom(previous).Build();

        expert.Reinstate(Now);

        expert.Status.ShouldBe(previous);
        expert.StatusReason.ShouldBeNull();
        expert.StatusBeforeSuspension.ShouldBeNull();
    }

    [Theory]
    [InlineData(ExpertStatus.Suspended)]
    [InlineData(ExpertStatus.Archived)]
    public void A_suspended_or_archived_expert_cannot_be_suspended(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => expert.Suspend("Again", Now))
            .Message.ShouldBe($"A {status.ToString().ToLowerInvariant()} expert cannot be suspended.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_suspension_needs_a_reason(string? reason)
    {
        var expert = new ExpertBuilder().Active().Build();

        Should.Throw<Refusal>(() => expert.Suspend(reason!, Now))
            .Message.ShouldBe("A suspension reason is required.");
        expert.Status.ShouldBe(ExpertStatus.Active);
    }

    [Theory]
    [InlineData(ExpertStatus.Applicant)]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    [InlineData(ExpertStatus.Archived)]
    public void Only_a_suspended_expert_can_be_reinstated(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => expert.Reinstate(Now))
            .Message.ShouldContain("Only a suspended expert can be reinstated");
        expert.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(ExpertStatus.Applicant)]
    [InlineData(ExpertStatus.Vetted)]
    [InlineData(ExpertStatus.Active)]
    [InlineData(ExpertStatus.Suspended)]
    public void A_live_expert_can_be_archived_with_a_reason(ExpertStatus status)
    {
        var expert = new ExpertBuilder().InStatus(status).Build();

        expert.Archive("Retired from practice", Now);

        expert.Status.ShouldBe(ExpertStatus.Archived);
        expert.StatusReason.ShouldBe("Retired from practice");
        expert.StatusBeforeSuspension.ShouldBeNull();
    }

    [Fact]
    public void An_archive_needs_a_reason()
    {
        var expert = new ExpertBuilder().Active().Build();

        Should.Throw<Refusal>(() => expert.Archive("", Now))
            .Message.ShouldBe("An archive reason is required.");
    }

    [Fact]
    public void An_archived_expert_cannot_be_archived_again()
    {
        var expert = new ExpertBuilder().Archived().Build();

        Should.Throw<Refusal>(() => expert.Archive("Duplicate", Now))
            .Message.ShouldBe("An archived expert cannot be changed.");
    }

    public static TheoryData<string, Action<Expert>> ChangesToAnArchivedExpert => new()
    {
        { "profile", e => e.UpdateProfile("Anna K", "anna@example.com", null, "PL", "Europe/Warsaw", 13, null, null) },
        { "capacity", e => e.SetWeeklyCapacity(10m) },
        { "languages", e => e.SetLanguages(["en"]) },
        { "specialties", e => e.SetSpecialties([Guid.NewGuid()]) },
        { "blackout", e => e.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3)), "Holiday") },
        { "rate", e => e.SetRate(Activity.Annotation, new Money(100m, "EUR"), new DateRange(new DateOnly(2026, 1, 1), null)) },
    };

    [Theory]
    [MemberData(nameof(ChangesToAnArchivedExpert))]
    public void An_archived_expert_cannot_be_changed(string change, Action<Expert> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        var expert = new ExpertBuilder().Archived().Build();

        Should.Throw<Refusal>(() => apply(expert), $"changing the {change}")
            .Message.ShouldBe("An archived expert cannot be changed.");
    }

    [Fact]
    public void A_blackout_cannot_be_removed_from_an_archived_expert()
    {
        var expert = new ExpertBuilder().Active().Build();
        var blackout = expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3)), "Holiday");
        expert.Archive("Left the network", Now);

        Should.Throw<Refusal>(() => expert.RemoveBlackout(blackout.Id))
            .Message.ShouldBe("An archived expert cannot be changed.");
        expert.Blackouts.Count.ShouldBe(1);
    }

    [Fact]
    public void The_folded_search_name_and_email_follow_every_change_of_name_and_email()
    {
        var expert = new ExpertBuilder().Build();

        expert.UpdateProfile("Łucja Bąk-Żak", "Lucja.BAK@Łódź.example", null, "PL", "Europe/Warsaw", 10, null, null);

        expert.SearchName.ShouldBe("lucja bak-zak");
        expert.SearchEmail.ShouldBe("lucja.bak@lodz.example");
    }

    [Fact]
    public void Updating_the_profile_normalises_it()
    {
        var expert = new ExpertBuilder().Active().Build();

        expert.UpdateProfile(" Anna Nowak ", "ANNA.NOWAK@example.com", " +48 600 100 200 ", "de", "Europe/Berlin", 21, " Oncologist ", null);

        expert.FullName.ShouldBe("Anna Nowak");
        expert.Email.ShouldBe("anna.nowak@example.com");
        expert.Phone.ShouldBe("+48 600 100 200");
        expert.CountryCode.ShouldBe("DE");
        expert.TimeZoneId.ShouldBe("Europe/Berlin");
        expert.Tier.ShouldBe(ExpertTier.Principal);
        expert.Headline.ShouldBe("Oncologist");
    }

    [Fact]
    public void Languages_are_stored_as_lower_case_iso_codes_without_duplicates()
    {
        var expert = new ExpertBuilder().Build();

        expert.SetLanguages(["EN", "pl", "en", " de "]);

        expert.Languages.Select(l => l.Code).ShouldBe(["en", "pl", "de"], ignoreOrder: true);
        expert.Speaks("PL").ShouldBeTrue();
        expert.Speaks("fr").ShouldBeFalse();
    }

    [Fact]
    public void Setting_languages_replaces_the_previous_ones()
    {
        var expert = new ExpertBuilder().Build();
        expert.SetLanguages(["en", "pl"]);

        expert.SetLanguages(["de"]);

        expert.Languages.Select(l => l.Code).ShouldBe(["de"]);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("e1")]
    public void A_language_that_is_not_an_iso_639_code_is_refused(string code)
    {
        var expert = new ExpertBuilder().Build();

        Should.Throw<Refusal>(() => expert.SetLanguages([code]))
            .Message.ShouldContain("is not an ISO 639 language code");
    }

    [Fact]
    public void An_expert_needs_at_least_one_specialty()
    {
        var expert = new ExpertBuilder().Build();

        Should.Throw<Refusal>(() => expert.SetSpecialties([]))
            .Message.ShouldBe("An expert needs at least one specialty.");
    }

    [Fact]
    public void Specialties_are_kept_once_each()
    {
        var expert = new ExpertBuilder().Build();
        var oncology = Guid.NewGuid();
        var hematology = Guid.NewGuid();

        expert.SetSpecialties([oncology, hematology, oncology]);

        expert.Specialties.Select(s => s.SpecialtyId).ShouldBe([oncology, hematology], ignoreOrder: true);
    }

    [Fact]
    public void A_blackout_marks_its_days_as_unavailable()
    {
        var expert = new ExpertBuilder().Active().Build();

        expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3)), "Congress");

        expert.IsBlackedOut(new DateOnly(2026, 5, 3)).ShouldBeTrue();
        expert.IsBlackedOut(new DateOnly(2026, 5, 4)).ShouldBeFalse();
    }

    [Fact]
    public void An_overlapping_blackout_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();
        expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3)), "Congress");

        Should.Throw<Refusal>(() => expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 3), new DateOnly(2026, 5, 10)), "Holiday"))
            .Message.ShouldBe("The blackout 2026-05-03 to 2026-05-10 overlaps one already recorded.");
    }

    [Fact]
    public void A_blackout_without_an_end_date_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();

        Should.Throw<Refusal>(() => expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), null), "Sabbatical"))
            .Message.ShouldBe("A blackout needs an end date.");
    }

    [Fact]
    public void A_removed_blackout_frees_its_days()
    {
        var expert = new ExpertBuilder().Active().Build();
        var blackout = expert.AddBlackout(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3)), "Congress");

        expert.RemoveBlackout(blackout.Id);

        expert.IsBlackedOut(new DateOnly(2026, 5, 2)).ShouldBeFalse();
    }

    [Fact]
    public void Removing_an_unknown_blackout_is_refused()
    {
        var expert = new ExpertBuilder().Active().Build();

        Should.Throw<Refusal>(() => expert.RemoveBlackout(Guid.NewGuid()))
            .Message.ShouldBe("That blackout does not exist.");
    }
}
