using System.Text.RegularExpressions;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ExpertNetwork.IntegrationTests.Compliance;

/// <summary>
/// An NDA from "Send" to the signed PDF, through the link in the outbox email, as the expert's browser would use it.
/// The use cases run with a data folder of the test's own, so the signed PDFs it stores can be counted.
/// </summary>
public abstract partial class NdaSigningTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider), IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-nda-" + Guid.NewGuid().ToString("N")[..12]);
    private AppServices? _services;

    private const string ExpertName = "Dr. Zofia Łukasiewicz";
    private const string ExpertEmail = "zofia@experts.example";
    private const string SignerIp = "203.0.113.45";
    private const string SignerAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) Mobile/15E148";

    private Expert _expert = null!;
    private NdaTemplate _template = null!;

    [Fact]
    public async Task Sending_saves_the_agreement_and_queues_the_email_with_its_link_together()
    {
        var id = await SendAsync();

        var agreement = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation));
        var mail = await ReadAsync(db => db.OutboxMessages.SingleAsync(Cancellation));
        mail.ToAddress.ShouldBe(ExpertEmail);
        mail.Subject.ShouldBe("Please sign: Master confidentiality agreement");
        var token = TokenIn(mail.TextBody);
        mail.HtmlBody.ShouldContain($"https://app.expertnetwork.test/nda/{token}");
        agreement.Status.ShouldBe(NdaStatus.Sent);
        agreement.SignByUtc.ShouldBe(Clock.UtcNow.AddDays(14), TimeSpan.FromMilliseconds(1));
        agreement.LinkTokenSha256.ShouldBe(LinkToken.HashOf(token));
        var audit = await ReadAsync(db => db.AuditEvents.Where(a => a.EntityId == id.ToString()).ToListAsync(Cancellation));
        audit.ShouldHaveSingleItem().Action.ShouldBe("Sent+LinkIssued");
        audit.ShouldAllBe(a => a.After == null || !a.After.Contains(token));
    }

    [Fact]
    public async Task A_refused_send_saves_neither_the_agreement_nor_the_email()
    {
        await SeedAsync();

        await Should.ThrowAsync<Refusal>(() => Services.RunAsync(s =>
            s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(_expert.Id, _template.Id, 0), Cancellation)));
        await SendAsync(seed: false);
        (await Should.ThrowAsync<Refusal>(() => Services.RunAsync(s =>
            s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(_expert.Id, _template.Id, 14), Cancellation))))
            .Message.ShouldStartWith("An NDA of this kind is already waiting");

        (await ReadAsync(db => db.NdaAgreements.CountAsync(Cancellation))).ShouldBe(1);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(1);
    }

    [Fact]
    public async Task Opening_the_link_three_times_like_a_mail_scanner_leaves_it_unsigned_and_unchanged()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var before = await ReadAsync(db => db.NdaAgreements.AsNoTracking().SingleAsync(n => n.Id == id, Cancellation));
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        for (var i = 0; i < 3; i++)
        {
            var view = await OpenAsync(token);
            view.ShouldNotBeNull().State.ShouldBe(NdaLinkState.Signable);
            view.Document.ShouldNotBeNull().Html.ShouldContain("Master confidentiality agreement");
        }

        var after = await ReadAsync(db => db.NdaAgreements.AsNoTracking().SingleAsync(n => n.Id == id, Cancellation));
        after.Status.ShouldBe(NdaStatus.Sent);
        after.Version.ShouldBe(before.Version);
        after.SignerName.ShouldBeNull();
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
    }

    [Fact]
    public async Task The_page_shows_the_exact_document_whose_hash_is_signed()
    {
        await SendAsync();
        var view = (await OpenAsync(await LatestTokenAsync()))!;
        var document = view.Document!;

        document.Sha256.ShouldBe(Application.Documents.DocumentHash.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(document.Markdown)));
        document.Html.ShouldContain(ExpertName);
        document.Html.ShouldContain(ExpertEmail);
        document.Html.ShouldContain("version 1");
    }

    [Fact]
    public async Task Two_concurrent_signatures_sign_once_and_the_other_is_told_it_is_already_signed()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SignAsync(token, document.Sha256))));

        results.Count(r => r == SignNdaResult.Signed).ShouldBe(1);
        results.Count(r => r == SignNdaResult.AlreadySigned).ShouldBe(2);
        var agreement = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation));
        agreement.Status.ShouldBe(NdaStatus.Signed);
        (await ReadAsync(db => db.AuditEvents.CountAsync(a => a.EntityId == id.ToString() && a.Action == "Signed", Cancellation))).ShouldBe(1);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Signed:"), Cancellation))).ShouldBe(1);
        (await StoredFiles()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Signing_stores_the_pdf_with_its_hash_and_queues_the_confirmation_with_the_pdf_attached()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        Clock.Advance(TimeSpan.FromHours(2));

        (await SignAsync(token, document.Sha256, typedName: "  zofia   ŁUKASIEWICZ ")).ShouldBe(SignNdaResult.Signed);

        var agreement = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation));
        agreement.SignerName.ShouldBe("zofia   ŁUKASIEWICZ");
        agreement.SignerIp.ShouldBe(SignerIp);
        agreement.SignerUserAgent.ShouldBe(SignerAgent);
        agreement.DocumentSha256.ShouldBe(document.Sha256);
        agreement.SignedUtc!.Value.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        var file = await Services.RunAsync(s => s.Get<GetSignedNdaHandler>().HandleAsync(new GetSignedNdaQuery(_expert.Id, id), Cancellation));
        file.ShouldNotBeNull().FileName.ShouldBe("master-confidentiality-agreement-signed.pdf");
        agreement.SignedPdfSha256.ShouldBe(Application.Documents.DocumentHash.Sha256Hex(file.Content));
        var confirmation = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Subject.StartsWith("Signed:"), Cancellation));
        confirmation.ToAddress.ShouldBe(ExpertEmail);
        confirmation.Attachments.ShouldHaveSingleItem().Content.ShouldBe(file.Content);
        confirmation.TextBody.ShouldContain("Europe/Warsaw");
    }

    [Fact]
    public async Task The_signed_pdf_ends_with_an_evidence_page_naming_signer_time_ip_browser_hash_and_version()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        await SignAsync(token, document.Sha256);

        var file = (await Services.RunAsync(s => s.Get<GetSignedNdaHandler>().HandleAsync(new GetSignedNdaQuery(_expert.Id, id), Cancellation)))!;

        using var pdf = PdfDocument.Open(file.Content);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        string.Join(" ", pages).ShouldContain("Signed electronically by Zofia Łukasiewicz");
        var evidence = pages[^1];
        evidence.ShouldContain("Evidence of electronic signature");
        evidence.ShouldContain("Signer name (as typed) Zofia Łukasiewicz");
        evidence.ShouldContain(ExpertName);
        evidence.ShouldContain(ExpertEmail);
        evidence.ShouldContain("16 March 2026, 09:30:15 UTC");
        evidence.ShouldContain("16 March 2026, 10:30:15 (Europe/Warsaw, UTC+01:00)");
        evidence.ShouldContain(SignerIp);
        evidence.ShouldContain("iPhone");
        evidence.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(document.Sha256);
        evidence.ShouldContain("Master confidentiality agreement, version 1");
        evidence.ShouldContain(id.ToString());
    }

    [Fact]
    public async Task Resending_makes_the_old_link_unknown_and_the_new_one_signable()
    {
        var id = await SendAsync();
        var oldToken = await LatestTokenAsync();
        var version = await ReadAsync(db => db.NdaAgreements.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Cancellation));

        await Services.RunAsync(s => s.Get<ResendNdaHandler>().HandleAsync(new ResendNdaCommand(_expert.Id, id, version, 7), Cancellation));
        var newToken = await LatestTokenAsync();

        newToken.ShouldNotBe(oldToken);
        (await OpenAsync(oldToken)).ShouldBeNull();
        (await SignAsync(oldToken, "0".PadLeft(64, '0'))).ShouldBe(SignNdaResult.UnknownLink);
        (await OpenAsync(newToken))!.State.ShouldBe(NdaLinkState.Signable);
        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(2);
    }

    [Fact]
    public async Task A_revoked_link_shows_withdrawn_and_signing_changes_nothing()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        var version = await ReadAsync(db => db.NdaAgreements.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Cancellation));
        await Services.RunAsync(s => s.Get<RevokeNdaHandler>().HandleAsync(new RevokeNdaCommand(_expert.Id, id, version, "Sent to the wrong expert"), Cancellation));
        var revoked = await ReadAsync(db => db.NdaAgreements.AsNoTracking().SingleAsync(n => n.Id == id, Cancellation));

        (await OpenAsync(token))!.State.ShouldBe(NdaLinkState.Withdrawn);
        (await SignAsync(token, document.Sha256)).ShouldBe(SignNdaResult.Withdrawn);

        var after = await ReadAsync(db => db.NdaAgreements.AsNoTracking().SingleAsync(n => n.Id == id, Cancellation));
        after.Status.ShouldBe(NdaStatus.Revoked);
        after.Version.ShouldBe(revoked.Version);
        after.SignerName.ShouldBeNull();
        (await StoredFiles()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_link_past_its_deadline_shows_expired_on_open_without_a_change_and_cannot_be_signed()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        (await OpenAsync(token))!.State.ShouldBe(NdaLinkState.Expired);
        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);

        (await SignAsync(token, document.Sha256)).ShouldBe(SignNdaResult.Expired);

        var after = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation));
        after.Status.ShouldBe(NdaStatus.Expired);
        after.SignerName.ShouldBeNull();
        after.SignedPdfKey.ShouldBeNull();
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(1);
        (await StoredFiles()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_tampered_or_unknown_link_finds_nothing_and_signs_nothing(string kind)
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        var bad = kind switch
        {
            "tampered" => token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
            "garbage" => "../../etc/passwd",
            _ => string.Empty,
        };

        (await OpenAsync(bad)).ShouldBeNull();
        (await SignAsync(bad, document.Sha256)).ShouldBe(SignNdaResult.UnknownLink);

        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);
    }

    [Fact]
    public async Task Another_name_missing_consent_or_a_different_document_are_refused_with_nothing_saved()
    {
        var id = await SendAsync();
        var token = await LatestTokenAsync();
        var document = (await OpenAsync(token))!.Document!;
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        (await SignAsync(token, document.Sha256, typedName: "Zofia Nowak")).ShouldBe(SignNdaResult.NameMismatch);
        (await SignAsync(token, document.Sha256, consent: false)).ShouldBe(SignNdaResult.ConsentMissing);
        (await SignAsync(token, new string('a', 64))).ShouldBe(SignNdaResult.DocumentChanged);

        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
        (await StoredFiles()).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_signing_the_link_offers_the_signed_copy_for_seven_days()
    {
        await SendAsync();
        var token = await LatestTokenAsync();
        await SignAsync(token, (await OpenAsync(token))!.Document!.Sha256);

        var view = (await OpenAsync(token))!;
        view.State.ShouldBe(NdaLinkState.Signed);
        view.SignedCopyAvailable.ShouldBeTrue();
        (await Services.RunAsync(s => s.Get<GetSignedNdaByLinkHandler>().HandleAsync(new GetSignedNdaByLinkQuery(token), Cancellation))).ShouldNotBeNull();

        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        (await OpenAsync(token))!.SignedCopyAvailable.ShouldBeFalse();
        (await Services.RunAsync(s => s.Get<GetSignedNdaByLinkHandler>().HandleAsync(new GetSignedNdaByLinkQuery(token), Cancellation))).ShouldBeNull();
    }

    [Fact]
    public async Task A_stale_resend_or_revoke_is_refused_as_changed_by_someone_else()
    {
        var id = await SendAsync();
        var version = await ReadAsync(db => db.NdaAgreements.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Cancellation));
        await Services.RunAsync(s => s.Get<ResendNdaHandler>().HandleAsync(new ResendNdaCommand(_expert.Id, id, version, 7), Cancellation));

        (await Should.ThrowAsync<Refusal>(() => Services.RunAsync(s =>
            s.Get<RevokeNdaHandler>().HandleAsync(new RevokeNdaCommand(_expert.Id, id, version, "Old page"), Cancellation)))).Kind.ShouldBe(RefusalKind.Stale);

        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);
    }

    private AppServices Services => _services ??= AppServices.Create(Database.Settings with { DataDirectory = _dataDirectory }, Clock, Actor);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await DisposeAsync();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task SeedAsync()
    {
        _expert = new ExpertBuilder().Named(ExpertName).WithEmail(ExpertEmail).LivingIn("PL", "Europe/Warsaw").Build();
        _template = NdaTemplate.Publish("Master confidentiality agreement", NdaScope.Master, null,
            "# Master confidentiality agreement\n\nBetween **{{company.name}}** and **{{expert.name}}**, dated {{date nda.date}}.\n\n1. Keep client information confidential.\n",
            24, Clock.UtcNow.AddDays(-30));
        await SaveAsync(_expert, _template);
    }

    private async Task<Guid> SendAsync(bool seed = true)
    {
        if (seed)
            await SeedAsync();
        return await Services.RunAsync(s => s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(_expert.Id, _template.Id, 14), Cancellation));
    }

    private async Task<string> LatestTokenAsync()
    {
        var mails = await ReadAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Please sign")).ToListAsync(Cancellation));
        return TokenIn(mails.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).Last().TextBody);
    }

    private Task<NdaLinkView?> OpenAsync(string token) =>
        Services.RunAsync(s => s.Get<OpenNdaLinkHandler>().HandleAsync(new OpenNdaLinkQuery(token), Cancellation));

    private Task<SignNdaResult> SignAsync(string token, string documentSha256, string typedName = "Zofia Łukasiewicz", bool consent = true)
    {
        // Each submission is its own request: its own scope, unit of work and actor.
        return Services.RunAsync(s => s.Get<SignNdaHandler>().HandleAsync(
            new SignNdaCommand(token, typedName, consent, documentSha256, SignerIp, SignerAgent), Cancellation));
    }

    private Task<List<string>> StoredFiles() => StoredFilesAsync(SignNdaHandler.FileArea, _dataDirectory);

    private static string TokenIn(string text) => LinkPattern().Match(text) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The email has no NDA link: " + text);

    [GeneratedRegex(@"/nda/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
