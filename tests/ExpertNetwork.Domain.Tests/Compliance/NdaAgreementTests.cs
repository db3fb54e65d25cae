using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Compliance;

public sealed class NdaAgreementTests
{
    private static readonly DateTime SentUtc = NdaAgreementBuilder.SentUtc;
    private static readonly DateTime SignByUtc = NdaAgreementBuilder.SignByUtc;

    private static NdaAgreement Sent() => new NdaAgreementBuilder().Master().Sent().Build();

    private static NdaAgreement Signed() => new NdaAgreementBuilder().Master().Signed().Build();

    [Fact]
    public void Sending_a_client_nda_ties_the_agreement_to_that_client()
    {
        var clientId = Guid.NewGuid();
        var template = new NdaTemplateBuilder().ForClient(clientId).ValidFor(24).Build();

        var nda = NdaAgreement.Send(Guid.NewGuid(), template, clientId, SignByUtc, SentUtc);

        nda.Status.ShouldBe(NdaStatus.Sent);
        nda.Scope.ShouldBe(NdaScope.Client);
        nda.ClientId.ShouldBe(clientId);
        nda.TemplateVersion.ShouldBe(1);
        nda.ValidityMonths.ShouldBe(24);
    }

    [Fact]
    public void A_master_nda_is_not_tied_to_a_client_even_when_one_is_given()
    {
        var nda = NdaAgreement.Send(Guid.NewGuid(), new NdaTemplateBuilder().Master().Build(), Guid.NewGuid(), SignByUtc, SentUtc);

        nda.ClientId.ShouldBeNull();
        nda.Covers(Guid.NewGuid()).ShouldBeTrue();
    }

    [Fact]
    public void A_client_nda_cannot_be_sent_for_another_client()
    {
        var template = new NdaTemplateBuilder().ForClient(Guid.NewGuid()).Build();

        Should.Throw<Refusal>(() => NdaAgreement.Send(Guid.NewGuid(), template, Guid.NewGuid(), SignByUtc, SentUtc))
            .Message.ShouldBe("This client-specific NDA belongs to another client.");
    }

    [Fact]
    public void A_retired_nda_version_cannot_be_sent()
    {
        var retired = new NdaTemplateBuilder().Retired().Build();

        Should.Throw<Refusal>(() => NdaAgreement.Send(Guid.NewGuid(), retired, null, SignByUtc, SentUtc))
            .Message.ShouldBe("A retired NDA version cannot be sent; send the current version.");
    }

    [Fact]
    public void A_signing_deadline_in_the_past_is_refused()
    {
        Should.Throw<Refusal>(() => NdaAgreement.Send(Guid.NewGuid(), new NdaTemplateBuilder().Build(), null, SentUtc, SentUtc))
            .Message.ShouldBe("The signing deadline must be in the future.");
    }

    [Fact]
    public void Signing_keeps_the_evidence_and_starts_the_term()
    {
        var nda = Sent();
        var signedUtc = TestClock.Utc(2026, 2, 10, 14);

        nda.Sign(" Anna Kowalska ", consent: true, "203.0.113.7", "Mozilla/5.0", TestHashes.SignedDocument.ToUpperInvariant(), signedUtc);

        nda.Status.ShouldBe(NdaStatus.Signed);
        nda.SignerName.ShouldBe("Anna Kowalska");
        nda.ConsentGiven.ShouldBeTrue();
        nda.SignedUtc.ShouldBe(signedUtc);
        nda.SignerIp.ShouldBe("203.0.113.7");
        nda.DocumentSha256.ShouldBe(TestHashes.SignedDocument);
        nda.ExpiresOn.ShouldBe(new DateOnly(2027, 2, 10));
    }

    [Fact]
    public void Signing_exactly_at_the_deadline_is_accepted()
    {
        var nda = Sent();

        NdaAgreementBuilder.Sign(nda, SignByUtc);

        nda.Status.ShouldBe(NdaStatus.Signed);
    }

    [Fact]
    public void Signing_after_the_deadline_is_refused()
    {
        var nda = Sent();

        Should.Throw<Refusal>(() => NdaAgreementBuilder.Sign(nda, SignByUtc.AddSeconds(1)))
            .Message.ShouldBe("The time to sign this NDA has passed. Ask for it to be sent again.");
        nda.Status.ShouldBe(NdaStatus.Sent);
    }

    [Fact]
    public void Signing_without_consent_is_refused()
    {
        var nda = Sent();

        Should.Throw<Refusal>(() => nda.Sign("Anna Kowalska", consent: false, null, null, TestHashes.SignedDocument, SentUtc.AddHours(1)))
            .Message.ShouldBe("Please confirm that you agree to the NDA.");
        nda.Status.ShouldBe(NdaStatus.Sent);
    }

    [Fact]
    public void Signing_without_the_hash_of_the_document_shown_is_refused()
    {
        var nda = Sent();

        Should.Throw<Refusal>(() => nda.Sign("Anna Kowalska", consent: true, null, null, "abc123", SentUtc.AddHours(1)))
            .Message.ShouldBe("The signed document's hash must be a SHA-256 hex digest.");
    }

    [Fact]
    public void A_resent_nda_can_be_signed_until_the_new_deadline()
    {
        var nda = Sent();
        var newDeadline = SignByUtc.AddDays(7);

        nda.Resend(newDeadline, SignByUtc.AddHours(1));
        NdaAgreementBuilder.Sign(nda, newDeadline.AddMinutes(-1));

        nda.Status.ShouldBe(NdaStatus.Signed);
    }

    [Fact]
    public void A_sent_nda_can_be_declined()
    {
        var nda = Sent();

        nda.Decline("  I do not work with this sponsor ", SentUtc.AddHours(3));

        nda.Status.ShouldBe(NdaStatus.Declined);
        nda.ClosedReason.ShouldBe("I do not work with this sponsor");
        nda.ClosedUtc.ShouldBe(SentUtc.AddHours(3));
    }

    [Fact]
    public void An_unsigned_nda_expires_once_its_deadline_has_passed()
    {
        var nda = Sent();

        nda.ExpireIfDue(SignByUtc).ShouldBeFalse();
        nda.ExpireIfDue(SignByUtc.AddSeconds(1)).ShouldBeTrue();

        nda.Status.ShouldBe(NdaStatus.Expired);
    }

    [Fact]
    public void A_sent_nda_can_be_revoked_with_a_reason()
    {
        var nda = Sent();

        nda.Revoke("Sent to the wrong expert", SentUtc.AddHours(1));

        nda.Status.ShouldBe(NdaStatus.Revoked);
        nda.ClosedReason.ShouldBe("Sent to the wrong expert");
    }

    [Fact]
    public void A_signed_nda_expires_on_the_day_its_term_ends()
    {
        var nda = Signed();

        nda.ExpireIfDue(TestClock.Utc(2027, 2, 1, 23, 59)).ShouldBeFalse();
        nda.ExpireIfDue(TestClock.Utc(2027, 2, 2, 0, 0)).ShouldBeTrue();

        nda.Status.ShouldBe(NdaStatus.Expired);
    }

    [Fact]
    public void A_signed_nda_can_be_revoked()
    {
        var nda = Signed();

        nda.Revoke("Expert left the network", TestClock.Now);

        nda.Status.ShouldBe(NdaStatus.Revoked);
        nda.IsInForceOn(TestClock.Today).ShouldBeFalse();
    }

    [Fact]
    public void A_revocation_needs_a_reason()
    {
        var nda = Signed();

        Should.Throw<Refusal>(() => nda.Revoke("", TestClock.Now))
            .Message.ShouldBe("A revocation reason is required.");
        nda.Status.ShouldBe(NdaStatus.Signed);
    }

    [Theory]
    [InlineData(NdaStatus.Signed)]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    [InlineData(NdaStatus.Revoked)]
    public void Only_a_sent_nda_can_be_signed(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => NdaAgreementBuilder.Sign(nda, SentUtc.AddHours(5)))
            .Message.ShouldBe($"This NDA is {status.ToString().ToLowerInvariant()}, so it cannot be signed.");
        nda.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(NdaStatus.Signed)]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    [InlineData(NdaStatus.Revoked)]
    public void Only_a_sent_nda_can_be_declined(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => nda.Decline(null, SentUtc.AddHours(5)))
            .Message.ShouldBe($"This NDA is {status.ToString().ToLowerInvariant()}, so it cannot be declined.");
    }

    [Theory]
    [InlineData(NdaStatus.Signed)]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    [InlineData(NdaStatus.Revoked)]
    public void Only_a_sent_nda_can_be_resent(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => nda.Resend(SignByUtc.AddDays(30), SignByUtc.AddDays(1)))
            .Message.ShouldContain("cannot be resent");
    }

    [Theory]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    [InlineData(NdaStatus.Revoked)]
    public void A_closed_nda_cannot_be_revoked(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => nda.Revoke("Cleaning up", TestClock.Now))
            .Message.ShouldBe($"Only a sent or signed NDA can be revoked (this one is {status.ToString().ToLowerInvariant()}).");
        nda.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    [InlineData(NdaStatus.Revoked)]
    public void A_closed_nda_never_expires_again(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().InStatus(status).Build();
        var closedUtc = nda.ClosedUtc;

        nda.ExpireIfDue(TestClock.Utc(2030, 1, 1)).ShouldBeFalse();

        nda.Status.ShouldBe(status);
        nda.ClosedUtc.ShouldBe(closedUtc);
    }

    [Theory]
    [InlineData("2026-02-01", false)]
    [InlineData("2026-02-02", true)]
    [InlineData("2027-02-01", true)]
    [InlineData("2027-02-02", false)]
    public void A_signed_nda_is_in_force_from_the_signing_day_until_the_day_before_it_expires(string day, bool inForce)
    {
        var nda = Signed();

        nda.IsInForceOn(DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(inForce);
    }

    [Fact]
    public void An_unsigned_nda_is_never_in_force()
    {
        Sent().IsInForceOn(TestClock.Today).ShouldBeFalse();
    }

    [Fact]
    public void A_client_nda_covers_only_its_own_client()
    {
        var clientId = Guid.NewGuid();
        var nda = new NdaAgreementBuilder().ForClient(clientId).Build();

        nda.Covers(clientId).ShouldBeTrue();
        nda.Covers(Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void A_master_nda_covers_every_client()
    {
        var nda = Signed();

        nda.Covers(Guid.NewGuid()).ShouldBeTrue();
        nda.Covers(Guid.NewGuid()).ShouldBeTrue();
    }
}
