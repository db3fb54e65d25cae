using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class CredentialTests
{
    private const string Reviewer = "compliance@expertnetwork.test";
    private static readonly DateTime Now = TestClock.Now;
    private static readonly DateOnly ExpiresOn = new(2027, 6, 30);

    private static Credential PendingLicence(DateOnly? expiresOn = null) =>
        new CredentialBuilder().IssuedOn(new DateOnly(2024, 7, 1)).ExpiringOn(expiresOn ?? ExpiresOn).Pending().Build();

    private static Credential VerifiedLicence() =>
        new CredentialBuilder().IssuedOn(new DateOnly(2024, 7, 1)).ExpiringOn(ExpiresOn).Verified().Build();

    [Fact]
    public void A_new_credential_waits_for_review()
    {
        var credential = Credential.Add(Guid.NewGuid(), CredentialKind.BarAdmission, " New York State Bar ", "4471023", "US-NY", new DateOnly(2019, 2, 1), null, Now);

        credential.Status.ShouldBe(VerificationStatus.Pending);
        credential.Issuer.ShouldBe("New York State Bar");
        credential.IsValidOn(TestClock.Today).ShouldBeFalse();
    }

    [Fact]
    public void An_expiry_on_or_before_the_issue_date_is_refused()
    {
        Should.Throw<Refusal>(() => Credential.Add(Guid.NewGuid(), CredentialKind.Cfa, "CFA Institute", "123", "US", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), Now))
            .Message.ShouldBe("The expiry date must be after the issue date.");
    }

    [Fact]
    public void An_issue_date_in_the_future_is_refused()
    {
        Should.Throw<Refusal>(() => Credential.Add(Guid.NewGuid(), CredentialKind.Degree, "Jagiellonian University", "D-1", "PL", TestClock.Today.AddDays(2), null, Now))
            .Message.ShouldBe("The issue date cannot be in the future.");
    }

    [Fact]
    public void A_pending_credential_can_be_verified()
    {
        var credential = PendingLicence();

        credential.Verify(Reviewer, Now);

        credential.Status.ShouldBe(VerificationStatus.Verified);
        credential.ReviewedBy.ShouldBe(Reviewer);
        credential.ReviewedUtc.ShouldBe(Now);
        credential.IsValidOn(TestClock.Today).ShouldBeTrue();
    }

    [Fact]
    public void A_pending_credential_can_be_rejected_with_a_reason()
    {
        var credential = PendingLicence();

        credential.Reject(Reviewer, "Number not found in the register", Now);

        credential.Status.ShouldBe(VerificationStatus.Rejected);
        credential.RejectionReason.ShouldBe("Number not found in the register");
        credential.IsValidOn(TestClock.Today).ShouldBeFalse();
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var credential = PendingLicence();

        Should.Throw<Refusal>(() => credential.Reject(Reviewer, " ", Now))
            .Message.ShouldBe("A rejection reason is required.");
        credential.Status.ShouldBe(VerificationStatus.Pending);
    }

    [Fact]
    public void Verifying_a_credential_that_has_already_expired_is_refused()
    {
        var credential = PendingLicence(expiresOn: TestClock.Today);

        Should.Throw<Refusal>(() => credential.Verify(Reviewer, Now))
            .Message.ShouldBe("This credential expired on 2026-03-02; an expired credential cannot be verified.");
        credential.Status.ShouldBe(VerificationStatus.Pending);
    }

    [Theory]
    [InlineData(VerificationStatus.Verified)]
    [InlineData(VerificationStatus.Rejected)]
    [InlineData(VerificationStatus.Expired)]
    public void Only_a_pending_credential_can_be_verified(VerificationStatus status)
    {
        var credential = new CredentialBuilder().ExpiringOn(new DateOnly(2026, 1, 31)).InStatus(status).Build();

        Should.Throw<Refusal>(() => credential.Verify(Reviewer, TestClock.Utc(2025, 6, 1)))
            .Message.ShouldBe($"Only a pending credential can be verified (this one is {status.ToString().ToLowerInvariant()}).");
    }

    [Theory]
    [InlineData(VerificationStatus.Verified)]
    [InlineData(VerificationStatus.Rejected)]
    [InlineData(VerificationStatus.Expired)]
    public void Only_a_pending_credential_can_be_rejected(VerificationStatus status)
    {
        var credential = new CredentialBuilder().ExpiringOn(new DateOnly(2026, 1, 31)).InStatus(status).Build();

        Should.Throw<Refusal>(() => credential.Reject(Reviewer, "Changed my mind", Now))
            .Message.ShouldBe($"Only a pending credential can be rejected (this one is {status.ToString().ToLowerInvariant()}).");
        credential.Status.ShouldBe(status);
    }

    [Fact]
    public void A_verified_credential_is_stamped_expired_on_its_expiry_date()
    {
        var credential = VerifiedLicence();

        credential.MarkExpired(ExpiresOn).ShouldBeTrue();

        credential.Status.ShouldBe(VerificationStatus.Expired);
    }

    [Fact]
    public void A_pending_credential_past_its_expiry_is_stamped_expired()
    {
        var credential = PendingLicence();

        credential.MarkExpired(ExpiresOn.AddDays(3)).ShouldBeTrue();

        credential.Status.ShouldBe(VerificationStatus.Expired);
    }

    [Fact]
    public void Marking_an_expired_credential_expired_again_changes_nothing()
    {
        var credential = VerifiedLicence();
        credential.MarkExpired(ExpiresOn);
        credential.ClearPendingActions();

        credential.MarkExpired(ExpiresOn.AddDays(1)).ShouldBeFalse();

        credential.Status.ShouldBe(VerificationStatus.Expired);
        credential.PendingActions.ShouldBeEmpty();
    }

    [Fact]
    public void A_rejected_credential_is_not_stamped_expired()
    {
        var credential = new CredentialBuilder().ExpiringOn(ExpiresOn).Rejected().Build();

        credential.MarkExpired(ExpiresOn).ShouldBeFalse();

        credential.Status.ShouldBe(VerificationStatus.Rejected);
    }

    [Fact]
    public void Marking_a_credential_expired_before_its_expiry_date_is_refused()
    {
        var credential = VerifiedLicence();

        Should.Throw<Refusal>(() => credential.MarkExpired(ExpiresOn.AddDays(-1)))
            .Message.ShouldBe("This credential is valid until 2027-06-30; it cannot be marked expired on 2027-06-29.");
        credential.Status.ShouldBe(VerificationStatus.Verified);
    }

    [Fact]
    public void A_credential_is_valid_on_the_day_before_it_expires_but_not_on_the_expiry_date()
    {
        var credential = VerifiedLicence();

        credential.IsValidOn(ExpiresOn.AddDays(-1)).ShouldBeTrue();
        credential.IsValidOn(ExpiresOn).ShouldBeFalse();
    }

    [Fact]
    public void A_verified_credential_counts_as_expired_from_its_expiry_date_even_before_the_scan_stamps_it()
    {
        var credential = VerifiedLicence();

        credential.Status.ShouldBe(VerificationStatus.Verified);
        credential.IsExpiredOn(ExpiresOn).ShouldBeTrue();
        credential.IsValidOn(ExpiresOn.AddDays(10)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-03-02", "2027-06-29", true)]
    [InlineData("2026-03-02", "2027-06-30", false)]
    [InlineData("2027-06-30", "2027-07-31", false)]
    [InlineData("2026-03-02", null, false)]
    public void A_credential_with_an_expiry_is_valid_throughout_a_window_only_if_it_outlasts_the_last_day(string start, string? end, bool valid)
    {
        var credential = VerifiedLicence();
        var window = new DateRange(Day(start), end is null ? null : Day(end));

        credential.IsValidThroughout(window).ShouldBe(valid);
    }

    [Fact]
    public void A_credential_that_never_expires_is_valid_throughout_an_open_window()
    {
        var credential = new CredentialBuilder().NeverExpiring().Verified().Build();

        credential.IsValidThroughout(new DateRange(TestClock.Today, null)).ShouldBeTrue();
    }

    [Fact]
    public void A_pending_credential_is_not_valid_throughout_any_window()
    {
        var credential = new CredentialBuilder().NeverExpiring().Pending().Build();

        credential.IsValidThroughout(new DateRange(TestClock.Today, TestClock.Today.AddDays(7))).ShouldBeFalse();
    }

    [Fact]
    public void Evidence_can_be_attached_while_the_credential_is_pending()
    {
        var credential = PendingLicence();

        credential.AttachEvidence("licence.pdf", "application/pdf", 120_000, TestHashes.Sha256Of("licence").ToUpperInvariant(), "evidence/2026/licence.pdf");

        credential.HasEvidence.ShouldBeTrue();
        credential.EvidenceSha256.ShouldBe(TestHashes.Sha256Of("licence"));
    }

    [Fact]
    public void Evidence_cannot_be_attached_after_review()
    {
        var credential = VerifiedLicence();

        Should.Throw<Refusal>(() => credential.AttachEvidence("licence.pdf", "application/pdf", 1000, TestHashes.Sha256Of("x"), "k"))
            .Message.ShouldBe("Evidence can only be attached while the credential is pending review.");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(10L * 1024 * 1024 + 1)]
    public void Evidence_must_be_between_one_byte_and_ten_megabytes(long size)
    {
        var credential = PendingLicence();

        Should.Throw<Refusal>(() => credential.AttachEvidence("scan.png", "image/png", size, TestHashes.Sha256Of("x"), "k"))
            .Message.ShouldBe("An evidence file must be between 1 byte and 10 MB.");
        credential.HasEvidence.ShouldBeFalse();
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_verified_credential_reads_expired_from_its_expiry_date_before_the_scan_stamps_it()
    {
        var credential = VerifiedLicence();

        credential.StatusOn(ExpiresOn.AddDays(-1)).ShouldBe(VerificationStatus.Verified);
        credential.StatusOn(ExpiresOn).ShouldBe(VerificationStatus.Expired);
        credential.Status.ShouldBe(VerificationStatus.Verified);
    }

    [Fact]
    public void A_pending_credential_past_its_expiry_date_still_reads_pending()
    {
        PendingLicence().StatusOn(ExpiresOn.AddDays(1)).ShouldBe(VerificationStatus.Pending);
    }
}
