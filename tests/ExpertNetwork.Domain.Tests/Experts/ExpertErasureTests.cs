using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertErasureTests
{
    private static readonly DateTime Now = TestClock.Now;

    [Fact]
    public void Erasing_replaces_the_personal_fields_with_a_pseudonym_and_archives_the_expert()
    {
        var expert = new ExpertBuilder().Named("Anna Kowalska").WithEmail("anna@example.com").Active().Build();
        expert.UpdateProfile("Anna Kowalska", "anna@example.com", "+48 600 100 200", "PL", "Europe/Warsaw", 12, "Oncologist", "Prefers mornings");
        expert.SetLanguages(["pl", "en"]);
        expert.AddBlackout(new DateRange(TestClock.Day(2026, 4, 1), TestClock.Day(2026, 4, 10)), "Surgery");
        expert.SetRate(Activity.Review, new Money(150m, "EUR"), new DateRange(TestClock.Day(2026, 1, 1), null));

        expert.Erase("Request by email on 2026-03-01", Now);

        var tag = expert.Id.ToString("N")[..8].ToUpperInvariant();
        expert.FullName.ShouldBe($"Erased expert {tag}");
        expert.Email.ShouldBe($"erased-{expert.Id:N}@erased.invalid");
        (expert.Phone, expert.Headline, expert.Notes).ShouldBe((null, null, null));
        expert.Languages.ShouldBeEmpty();
        expert.Blackouts.ShouldBeEmpty();
        expert.Status.ShouldBe(ExpertStatus.Archived);
        expert.StatusReason.ShouldBe("Request by email on 2026-03-01");
        expert.ErasedUtc.ShouldBe(Now);
        expert.IsErased.ShouldBeTrue();
        // What invoices and payouts refer to stays.
        expert.RateOn(Activity.Review, TestClock.Day(2026, 2, 1)).ShouldBe(new Money(150m, "EUR"));
        expert.CountryCode.ShouldBe("PL");
        expert.PendingActions.ShouldContain("Erased");
    }

    [Fact]
    public void An_archived_expert_can_still_be_erased()
    {
        var expert = new ExpertBuilder().Archived().Build();

        expert.Erase("Asked after leaving the network", Now);

        expert.IsErased.ShouldBeTrue();
        expert.Status.ShouldBe(ExpertStatus.Archived);
    }

    [Fact]
    public void Erasing_twice_is_refused()
    {
        var expert = new ExpertBuilder().Build();
        expert.Erase("Request by phone", Now);

        Should.Throw<Refusal>(() => expert.Erase("Again", Now))
            .Message.ShouldBe("This expert's personal data was already erased on 2026-03-02.");
    }

    [Fact]
    public void Erasing_without_a_reason_is_refused_and_changes_nothing()
    {
        var expert = new ExpertBuilder().Named("Anna Kowalska").Build();

        Should.Throw<Refusal>(() => expert.Erase(" ", Now)).Message.ShouldBe("An erasure reason is required.");

        expert.FullName.ShouldBe("Anna Kowalska");
        expert.IsErased.ShouldBeFalse();
    }

    [Fact]
    public void An_erased_expert_cannot_be_edited_back()
    {
        var expert = new ExpertBuilder().Build();
        expert.Erase("Request by email", Now);

        Should.Throw<Refusal>(() => expert.UpdateProfile("Anna", "anna@example.com", null, "PL", "Europe/Warsaw", 3, null, null))
            .Message.ShouldBe("An archived expert cannot be changed.");
    }

    [Fact]
    public void Erasing_a_credential_removes_its_number_and_evidence_but_keeps_what_was_checked()
    {
        var credential = new CredentialBuilder().Pending().Build();
        credential.AttachEvidence("licence-anna-kowalska.pdf", "application/pdf", 1234, new string('a', 64), "evidence/2026-03/0123456789abcdef0123456789abcdef.bin");

        var key = credential.Erase();

        key.ShouldBe("evidence/2026-03/0123456789abcdef0123456789abcdef.bin");
        credential.Number.ShouldBe(Credential.ErasedNumber);
        (credential.EvidenceFileName, credential.EvidenceStorageKey, credential.HasEvidence).ShouldBe((null, null, false));
        credential.EvidenceSha256.ShouldBe(new string('a', 64));
        credential.Status.ShouldBe(VerificationStatus.Pending);
    }
}
