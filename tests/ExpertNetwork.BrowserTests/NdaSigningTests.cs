using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ExpertNetwork.BrowserTests;

public sealed partial class NdaSigningTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Compliance_sends_an_nda_and_the_expert_signs_it_from_the_email_on_a_phone_and_gets_the_evidence_page()
    {
        // Compliance sends the current master NDA from a vetted expert's page.
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");
        await Page.GotoAsync("/experts?status=Vetted");
        var firstExpert = Page.GetByRole(AriaRole.Table, new() { Name = "Experts" }).Locator("tbody tr").First.GetByRole(AriaRole.Link);
        var expertName = (await firstExpert.InnerTextAsync()).Trim();
        await firstExpert.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = expertName, Level = 1 })).ToBeVisibleAsync();
        var expertUrl = Page.Url;
        var ndas = Page.Locator("#ndas");
        await ndas.Locator(".send-nda select[name=templateId]").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await ndas.Locator(".send-nda input[name=signByDays]").FillAsync("10");
        await ndas.GetByRole(AriaRole.Button, new() { Name = "Send NDA" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The NDA is sent. The expert has 10 days to sign it");
        var sentRow = ndas.GetByRole(AriaRole.Table, new() { Name = "NDAs" }).Locator("tbody tr").First;
        await Assertions.Expect(sentRow.Locator(".badge")).ToHaveTextAsync("Sent");
        await ndas.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(Page, "nda-sent-from-expert-page.png");

        // The email arrives in the dev mailbox (dispatch runs every second in tests).
        await Page.GotoAsync("/dev/mailbox");
        var message = Page.GetByRole(AriaRole.Link, new() { Name = "Please sign: Master confidentiality agreement" }).First;
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.ClickAsync();
        await Assertions.Expect(Page.GetByText($"Dear {expertName},")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "nda-email.png");
        var link = await Page.GetByRole(AriaRole.Link, new() { Name = "Review and sign the NDA" }).GetAttributeAsync("href");
        NdaLink().IsMatch(link.ShouldNotBeNull()).ShouldBeTrue(link);

        // The expert opens it on a laptop first (nothing changes on opening) ...
        var laptop = await NewPersonAsync(1280, 900, mobile: false);
        await laptop.GotoAsync(link);
        await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "Master confidentiality agreement", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(laptop.GetByRole(AriaRole.Article, new() { Name = "Agreement text" })).ToContainTextAsync(expertName);
        await Screenshots.SaveAsync(laptop, "nda-sign-page-laptop.png");
        await laptop.Context.CloseAsync();

        // ... and signs on a phone: a wrong name is explained, then the right one signs.
        var phone = await NewPersonAsync(390, 844, mobile: true);
        try
        {
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.GetByText($"Non-disclosure agreement for {expertName}")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "nda-sign-page-phone.png");
            await phone.GetByLabel("Your full name").FillAsync("Someone Else");
            await phone.GetByRole(AriaRole.Checkbox).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Sign the NDA" }).ClickAsync();
            await Assertions.Expect(phone.GetByText("Please type your full name as it appears at the top of this page.")).ToBeVisibleAsync();
            await phone.GetByLabel("Your full name").FillAsync(expertName.ToUpperInvariant());
            await phone.GetByRole(AriaRole.Checkbox).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Sign the NDA" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you, the NDA is signed", Level = 1 })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "nda-signed-phone.png");

            var download = await phone.RunAndWaitForDownloadAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "Download the signed PDF" }).ClickAsync());
            var path = await download.PathAsync();
            using var pdf = PdfDocument.Open(path);
            var evidence = string.Join(" ", pdf.GetPages().Last().GetWords().Select(w => w.Text));
            evidence.ShouldContain("Evidence of electronic signature");
            evidence.ShouldContain(expertName.ToUpperInvariant());
            evidence.ShouldContain("UTC");
            evidence.ShouldContain("IP address");
            evidence.ShouldContain("HeadlessChrome");
            evidence.ShouldContain("Master confidentiality agreement, version");
            evidence.ShouldContain("Document SHA-256");

            // Opening the link again shows it is signed; signing twice is not possible.
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "This NDA is signed", Level = 1 })).ToBeVisibleAsync();
        }
        finally
        {
            await phone.Context.CloseAsync();
        }

        // Compliance sees the signature and its evidence on the expert's page.
        await Page.GotoAsync(expertUrl);
        var signedRow = Page.GetByRole(AriaRole.Table, new() { Name = "NDAs" }).Locator("tbody tr").First;
        await Assertions.Expect(signedRow.Locator(".badge")).ToHaveTextAsync("Signed");
        var evidenceRow = Page.GetByRole(AriaRole.Table, new() { Name = "NDAs" }).Locator("tbody tr").Nth(1);
        await evidenceRow.GetByText("Signature evidence").ClickAsync();
        await Assertions.Expect(evidenceRow.GetByText(expertName.ToUpperInvariant())).ToBeVisibleAsync();
        await Assertions.Expect(evidenceRow.GetByRole(AriaRole.Link, new() { Name = "Download the signed PDF" })).ToBeVisibleAsync();
        await Page.Locator("#ndas").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(Page, "nda-signed-evidence.png");

        // Revoking asks for the reason first.
        await signedRow.GetByText("Revoke…").ClickAsync();
        await Assertions.Expect(signedRow.GetByLabel("Why is the NDA revoked?")).ToBeVisibleAsync();
        await Assertions.Expect(signedRow.GetByRole(AriaRole.Button, new() { Name = "Revoke NDA" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "nda-revoke-dialog.png");
    }

    [Fact]
    public async Task Compliance_sees_nda_versions_and_a_version_with_an_unknown_variable_is_not_published()
    {
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Compliance" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Compliance" }).GetByRole(AriaRole.Link, new() { Name = "NDA templates" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "NDA templates", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Master confidentiality agreement" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "nda-templates.png");

        await Page.GetByRole(AriaRole.Table, new() { Name = "Versions of Northwind Bio AI confidentiality addendum" }).GetByRole(AriaRole.Link, new() { Name = "Version 1" }).ClickAsync();
        var text = Page.Locator("textarea[name=Body]");
        await text.FillAsync("# Addendum\n\nThe expert {{expert.nickname}} keeps patient cases confidential.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("unknown variable 'expert.nickname'");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Line 3");
        await Screenshots.SaveAsync(Page, "nda-template-version-refused.png");
    }

    [GeneratedRegex(@"/nda/[A-Za-z0-9_-]{43}$")]
    private static partial Regex NdaLink();
}
