using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Compliance;

public sealed class NdaLinkTests
{
    private static readonly DateTime SentUtc = NdaAgreementBuilder.SentUtc;
    private static readonly DateTime SignByUtc = NdaAgreementBuilder.SignByUtc;

    private static NdaAgreement Sent() => new NdaAgreementBuilder().Master().Sent().Build();

    [Fact]
    public void A_link_token_carries_256_random_bits_and_only_its_hash_is_kept()
    {
        var nda = Sent();

        var token = nda.IssueLink();

        LinkToken.IsWellFormed(token.Value).ShouldBeTrue();
        Convert.FromBase64String(token.Value.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
        nda.LinkTokenSha256.ShouldBe(LinkToken.HashOf(token.Value));
        nda.LinkTokenSha256!.ShouldNotContain(token.Value, Case.Sensitive);
        token.ToString().ShouldNotContain(token.Value);
    }

    [Fact]
    public void Two_links_never_share_a_token()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => LinkToken.Create().Value).ToHashSet();

        tokens.Count.ShouldBe(200);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO<>")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR")]
    public void Text_that_is_not_shaped_like_a_token_is_refused_before_any_lookup(string? text)
    {
        LinkToken.IsWellFormed(text).ShouldBeFalse();
    }

    [Fact]
    public void Resending_issues_a_new_link_and_the_old_one_stops_matching()
    {
        var nda = Sent();
        var first = nda.IssueLink();

        var second = nda.Resend(SignByUtc.AddDays(7), SentUtc.AddDays(1));

        second.Value.ShouldNotBe(first.Value);
        nda.LinkTokenSha256.ShouldBe(second.Sha256);
        nda.LinkTokenSha256.ShouldNotBe(first.Sha256);
        nda.SignByUtc.ShouldBe(SignByUtc.AddDays(7));
        nda.PendingActions.ShouldBe(["LinkIssued", "Resent", "LinkIssued"]);
    }

    [Theory]
    [InlineData(NdaStatus.Signed)]
    [InlineData(NdaStatus.Revoked)]
    [InlineData(NdaStatus.Declined)]
    [InlineData(NdaStatus.Expired)]
    public void Only_an_unsigned_sent_nda_gets_a_new_link(NdaStatus status)
    {
        var nda = new NdaAgreementBuilder().Master().InStatus(status).Build();

        Should.Throw<Refusal>(() => nda.IssueLink());
    }

    [Fact]
    public void A_sent_nda_is_signable_until_its_deadline_then_the_link_shows_expired_without_changing_it()
    {
        var nda = Sent();

        nda.LinkStateAt(SignByUtc).ShouldBe(NdaLinkState.Signable);
        nda.LinkStateAt(SignByUtc.AddSeconds(1)).ShouldBe(NdaLinkState.Expired);
        nda.Status.ShouldBe(NdaStatus.Sent);
        nda.PendingActions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(NdaStatus.Signed, NdaLinkState.Signed)]
    [InlineData(NdaStatus.Revoked, NdaLinkState.Withdrawn)]
    [InlineData(NdaStatus.Declined, NdaLinkState.Withdrawn)]
    [InlineData(NdaStatus.Expired, NdaLinkState.Expired)]
    public void A_closed_nda_leads_its_link_to_a_page_that_says_why(NdaStatus status, NdaLinkState expected)
    {
        var nda = new NdaAgreementBuilder().Master().InStatus(status).Build();

        nda.LinkStateAt(SentUtc.AddHours(1)).ShouldBe(expected);
    }

    [Fact]
    public void The_signed_copy_is_offered_through_the_link_for_seven_days_after_signing()
    {
        var nda = new NdaAgreementBuilder().Master().Signed().Build();
        nda.AttachSignedPdf("nda/2026/02/abc.bin", TestHashes.Sha256Of("pdf"));
        var signed = nda.SignedUtc!.Value;

        nda.OffersSignedCopyAt(signed.AddDays(7)).ShouldBeTrue();
        nda.OffersSignedCopyAt(signed.AddDays(7).AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void Without_a_stored_pdf_there_is_no_copy_to_offer()
    {
        var nda = new NdaAgreementBuilder().Master().Signed().Build();

        nda.OffersSignedCopyAt(nda.SignedUtc!.Value).ShouldBeFalse();
    }

    [Fact]
    public void Only_a_signed_nda_gets_a_signed_pdf_and_only_once()
    {
        Should.Throw<Refusal>(() => Sent().AttachSignedPdf("nda/x.bin", TestHashes.Sha256Of("pdf")));

        var nda = new NdaAgreementBuilder().Master().Signed().Build();
        nda.AttachSignedPdf("nda/x.bin", TestHashes.Sha256Of("pdf"));

        Should.Throw<Refusal>(() => nda.AttachSignedPdf("nda/y.bin", TestHashes.Sha256Of("other")))
            .Message.ShouldBe("This NDA already has its signed document.");
        nda.SignedPdfKey.ShouldBe("nda/x.bin");
    }

    [Theory]
    [InlineData("Anna Kowalska", "anna kowalska")]
    [InlineData("Anna Kowalska", "  Anna   KOWALSKA ")]
    [InlineData("Dr. Zoë Müller-Lang", "zoe muller lang")]
    [InlineData("Zoë Müller", "Dr Zoë Müller")]
    [InlineData("Prof. Jan Nowak", "Jan Nowak")]
    public void A_typed_name_matches_despite_case_spacing_accents_punctuation_and_titles(string expected, string typed)
    {
        SignerNames.Matches(expected, typed).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Anna Kowalska", "Anna")]
    [InlineData("Anna Kowalska", "Anna Nowak")]
    [InlineData("Anna Kowalska", "")]
    [InlineData("Anna Kowalska", null)]
    [InlineData("Anna Kowalska", "Kowalska Anna")]
    public void Another_or_a_partial_name_does_not_match(string expected, string? typed)
    {
        SignerNames.Matches(expected, typed).ShouldBeFalse();
    }

    [Fact]
    public void Redacting_removes_every_token_from_links_and_leaves_other_text_alone()
    {
        var nda = LinkToken.Create().Value;
        var portal = LinkToken.Create().Value;
        var text = $"Sign: https://app.example/nda/{nda}/signed?x=1 or log in: https://app.example/portal/link/{portal}. Guidelines: https://docs.example/guide/v2";

        var redacted = LinkToken.Redact(text);

        redacted.ShouldBe($"Sign: https://app.example/nda/{LinkToken.RedactedMarker}/signed?x=1 or log in: https://app.example/portal/link/{LinkToken.RedactedMarker}. Guidelines: https://docs.example/guide/v2");
        const string plain = "Nothing secret here: https://app.example/portal/sign-in";
        LinkToken.Redact(plain).ShouldBeSameAs(plain);
    }
}
