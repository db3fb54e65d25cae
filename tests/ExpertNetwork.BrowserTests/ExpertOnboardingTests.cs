using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// The whole way from application to Active, as a compliance officer and the expert do it in their browsers: register,
/// credential with evidence, verification, the master NDA signed from the email link, vetting and activation. Runs
/// against an app of its own, because it adds an active expert to the registry the other tests count.
/// </summary>
public sealed partial class ExpertOnboardingTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    private const string ExpertName = "Sofia Lindqvist";

    [Fact]
    public async Task A_compliance_officer_takes_an_applicant_to_active_with_a_verified_credential_and_an_nda_the_expert_signed_from_the_email()
    {
        var email = $"sofia.lindqvist.{Guid.NewGuid():N}"[..26] + "@karolinska.example";
        var evidence = LicenceCertificate();
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");

        // 1. Register the applicant.
        await MainNavigation("Experts").ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New expert" }).ClickAsync();
        await Page.GetByLabel("Full name").FillAsync(ExpertName);
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Headline").FillAsync("Thoracic oncologist, 11 years in lung cancer trials");
        await Page.GetByLabel("Country").FillAsync("SE");
        await Page.GetByLabel("Time zone").SelectOptionAsync("Europe/Stockholm");
        await Page.GetByLabel("Languages").FillAsync("sv, en");
        await Page.GetByLabel("Years of experience").FillAsync("11");
        await Page.GetByLabel("Weekly capacity").FillAsync("10");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thoracic oncology" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register expert" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProfileUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = ExpertName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(StatusBadge()).ToHaveTextAsync("Applicant");
        var profileUrl = Page.Url;

        // 2. Add the licence with its evidence: a real one-page PDF.
        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a credential" });
        await add.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Medical license" });
        await add.GetByLabel("Issuer").FillAsync("Socialstyrelsen");
        await add.GetByLabel("Number").FillAsync("LEG-7704215");
        await add.GetByLabel("Jurisdiction").FillAsync("SE");
        await add.GetByLabel("Issued").FillAsync("2014-06-02");
        await add.GetByLabel("Expires").FillAsync("2032-06-01");
        await add.GetByLabel("Evidence").SetInputFilesAsync(new FilePayload { Name = "Legitimation Socialstyrelsen.pdf", MimeType = "application/pdf", Buffer = evidence });
        await add.GetByRole(AriaRole.Button, new() { Name = "Add credential" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The credential and its evidence are recorded and wait for review.");

        // 3. Open the evidence (the same bytes come back), then verify.
        var credentials = Page.GetByRole(AriaRole.Table, new() { Name = "Credentials" });
        var evidenceLink = credentials.GetByRole(AriaRole.Link, new() { Name = "Legitimation Socialstyrelsen.pdf" });
        var evidenceDownload = await Page.RunAndWaitForDownloadAsync(() => evidenceLink.ClickAsync());
        (await File.ReadAllBytesAsync(await evidenceDownload.PathAsync(), TestContext.Current.CancellationToken)).ShouldBe(evidence);
        await credentials.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The credential is verified.");
        await Assertions.Expect(credentials.GetByText("Verified", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(credentials).ToContainTextAsync($"by {ComplianceOfficer}");
        await Screenshots.SaveAsync(Page, "onboarding-credential-verified.png");

        // 4. Send the master NDA.
        var ndas = Page.Locator("#ndas");
        var send = ndas.Locator("form.send-nda");
        var master = send.Locator("select[name=templateId] option").Filter(new() { HasTextRegex = MasterNdaOption() });
        await send.GetByLabel("NDA").SelectOptionAsync(new SelectOptionValue { Value = await master.GetAttributeAsync("value") });
        await send.GetByLabel("Days to sign").FillAsync("7");
        await send.GetByRole(AriaRole.Button, new() { Name = "Send NDA" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The NDA is sent. The expert has 7 days to sign it");
        var ndaRow = Page.GetByRole(AriaRole.Table, new() { Name = "NDAs" }).Locator("tbody tr").First;
        await Assertions.Expect(ndaRow).ToContainTextAsync("Master confidentiality agreement");
        await Assertions.Expect(ndaRow.Locator(".badge")).ToHaveTextAsync("Sent");
        await Screenshots.SaveAsync(Page, "onboarding-nda-sent.png");

        // 5. The email waits in the dev mailbox, which every staff role may open (dispatch runs every second in tests).
        await MainNavigation("Dev mailbox").ClickAsync();
        var request = Page.GetByRole(AriaRole.Table, new() { Name = "Messages" }).Locator("tbody tr")
            .Filter(new() { HasText = email }).Filter(new() { HasText = "Please sign: Master confidentiality agreement" });
        for (var attempt = 0; attempt < 60 && await request.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await Assertions.Expect(request).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(Page, "onboarding-mailbox.png");
        await request.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(Page.GetByText($"Dear {ExpertName},")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "onboarding-nda-email.png");
        var link = (await Page.GetByRole(AriaRole.Link, new() { Name = "Review and sign the NDA" }).GetAttributeAsync("href")).ShouldNotBeNull();
        NdaLink().IsMatch(link).ShouldBeTrue(link);

        // 6. The expert follows the link in a browser of their own (no account), types the name, consents and signs.
        var expert = await NewPersonAsync(1280, 900, mobile: false);
        try
        {
            await expert.GotoAsync(link);
            await Assertions.Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "Master confidentiality agreement", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(expert.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
            await Assertions.Expect(expert.GetByRole(AriaRole.Article, new() { Name = "Agreement text" })).ToContainTextAsync(ExpertName);
            await Assertions.Expect(expert.Locator(".deadline")).ToHaveTextAsync(DeadlineInStockholm());
            await expert.GetByLabel("Your full name").FillAsync(ExpertName);
            await expert.GetByRole(AriaRole.Checkbox).CheckAsync();
            await expert.Locator("#sign").ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveAsync(expert, "onboarding-nda-sign.png");
            await expert.GetByRole(AriaRole.Button, new() { Name = "Sign the NDA" }).ClickAsync();
            await Assertions.Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "Thank you, the NDA is signed", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(expert.GetByText($"A confirmation with the signed PDF is on its way to {email}.")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(expert, "onboarding-nda-signed.png");
        }
        finally
        {
            await expert.Context.CloseAsync();
        }

        // 7. Back on the expert's page: the NDA is signed, with the evidence and the signed PDF.
        await Page.GotoAsync(profileUrl);
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "NDAs" });
        await Assertions.Expect(table.Locator("tbody tr").First.Locator(".badge")).ToHaveTextAsync("Signed");
        var evidenceRow = table.Locator("tbody tr.evidence-row").First;
        await evidenceRow.GetByText("Signature evidence").ClickAsync();
        await Assertions.Expect(evidenceRow.GetByText(ExpertName, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(evidenceRow).ToContainTextAsync("HeadlessChrome");
        var documentSha256 = (await evidenceRow.Locator("dd code").First.InnerTextAsync()).Trim();
        Sha256().IsMatch(documentSha256).ShouldBeTrue(documentSha256);
        await Page.Locator("#ndas").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(Page, "onboarding-nda-evidence.png");

        var signed = await Page.RunAndWaitForDownloadAsync(() => evidenceRow.GetByRole(AriaRole.Link, new() { Name = "Download the signed PDF" }).ClickAsync());
        using (var pdf = PdfDocument.Open(await signed.PathAsync()))
        {
            pdf.NumberOfPages.ShouldBeGreaterThan(1);
            string.Join(" ", pdf.GetPages().SkipLast(1).Select(p => p.Text)).ShouldContain("Signed electronically by");
            var last = string.Join(" ", pdf.GetPages().Last().GetWords().Select(w => w.Text));
            last.ShouldContain("Evidence of electronic signature");
            last.ShouldContain(ExpertName);
            last.ShouldContain(email);
            last.ShouldContain("Master confidentiality agreement, version");
            last.ShouldContain("HeadlessChrome");
            last.Replace(" ", "", StringComparison.Ordinal).ShouldContain(documentSha256);
        }

        // 8. Vet and activate.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark vetted" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The expert is vetted.");
        await Assertions.Expect(StatusBadge()).ToHaveTextAsync("Vetted");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The expert is active and can be offered work.");
        await Assertions.Expect(StatusBadge()).ToHaveTextAsync("Active");
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "History" });
        await Assertions.Expect(history.Locator("tbody tr").First).ToContainTextAsync("Activated");
        await Assertions.Expect(history).ToContainTextAsync("Expert via NDA link");
        await Screenshots.SaveAsync(Page, "onboarding-active.png");

        // 9. The registry lists the expert among the active ones.
        await Page.GotoAsync("/experts?status=Active&sort=Newest");
        var experts = Page.GetByRole(AriaRole.Table, new() { Name = "Experts" });
        var row = experts.Locator("tbody tr").First;
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveTextAsync(ExpertName);
        await Assertions.Expect(row.Locator("td:nth-child(4)")).ToHaveTextAsync("Active");
        await Screenshots.SaveAsync(Page, "onboarding-active-list.png");
    }

    private ILocator MainNavigation(string link) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true });

    private ILocator StatusBadge() => Page.Locator(".profile-head .badge.big");

    /// <summary>A one-page PDF as a licensing authority might issue it, built with PdfPig's writer.</summary>
    private static byte[] LicenceCertificate()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Socialstyrelsen", 18, new PdfPoint(60, 760), bold);
        page.AddText("Certificate of licence to practise as a physician", 13, new PdfPoint(60, 730), regular);
        page.AddText($"Name: {ExpertName}", 11, new PdfPoint(60, 690), regular);
        page.AddText("Licence number: LEG-7704215", 11, new PdfPoint(60, 672), regular);
        page.AddText("Valid from 2 June 2014 until 1 June 2032", 11, new PdfPoint(60, 654), regular);
        return builder.Build();
    }

    [GeneratedRegex(@"/experts/[0-9a-f-]{36}$")]
    private static partial Regex ProfileUrl();

    [GeneratedRegex(@"^Master confidentiality agreement .*master")]
    private static partial Regex MasterNdaOption();

    [GeneratedRegex(@"/nda/[A-Za-z0-9_-]{43}$")]
    private static partial Regex NdaLink();

    /// <summary>The deadline in the expert's own time zone, to the minute.</summary>
    [GeneratedRegex(@"^Sign by \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Europe/Stockholm, UTC\+0[12]:00\)$")]
    private static partial Regex DeadlineInStockholm();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
