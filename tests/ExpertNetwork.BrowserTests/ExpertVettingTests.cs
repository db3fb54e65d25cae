using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>Runs against an app of its own, because registering an expert changes the registry the other tests count.</summary>
public sealed partial class ExpertVettingTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    private static readonly byte[] LicencePdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_compliance_officer_takes_an_applicant_to_active_with_a_verified_credential()
    {
        var email = $"amira.haddad.{Guid.NewGuid():N}"[..24] + "@oncology.example";
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");

        // Register the applicant.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Experts" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New expert" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "New expert", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register expert" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Enter the expert's full name.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Choose at least one specialty.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "expert-new-errors.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New expert" }).ClickAsync();

        await Page.GetByLabel("Full name").FillAsync("Amira Haddad");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Phone").FillAsync("+33 1 40 00 00 00");
        await Page.GetByLabel("Headline").FillAsync("Haematologist, 16 years in lymphoma trials");
        await Page.GetByLabel("Country").FillAsync("FR");
        await Page.GetByLabel("Time zone").SelectOptionAsync("Europe/Paris");
        await Page.GetByLabel("Languages").FillAsync("fr, en, ar");
        await Page.GetByLabel("Years of experience").FillAsync("16");
        await Page.GetByLabel("Weekly capacity").FillAsync("12");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Hematologic oncology" }).CheckAsync();
        await Screenshots.SaveAsync(Page, "expert-new.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register expert" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(ProfileUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Amira Haddad", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Amira Haddad is registered as an applicant. Add a credential next.");

        // Vetting is refused until a credential is verified.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark vetted" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("only with at least one verified credential that is in date");

        // Add the licence with its evidence.
        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a credential" });
        await add.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Medical license" });
        await add.GetByLabel("Issuer").FillAsync("Ordre des médecins");
        await add.GetByLabel("Number").FillAsync("RPPS-10003456789");
        await add.GetByLabel("Jurisdiction").FillAsync("FR");
        await add.GetByLabel("Issued").FillAsync("2010-09-01");
        await add.GetByLabel("Expires").FillAsync("2031-09-01");
        await add.GetByLabel("Evidence").SetInputFilesAsync(new FilePayload { Name = "RPPS certificate.pdf", MimeType = "application/pdf", Buffer = LicencePdf });
        await add.GetByRole(AriaRole.Button, new() { Name = "Add credential" }).ClickAsync();

        var credentials = Page.GetByRole(AriaRole.Table, new() { Name = "Credentials" });
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The credential and its evidence are recorded and wait for review.");
        await Assertions.Expect(credentials.GetByRole(AriaRole.Link, new() { Name = "RPPS certificate.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(credentials.GetByText("Pending", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "expert-credential-pending.png");

        // The evidence downloads as a file.
        var download = await Page.RunAndWaitForDownloadAsync(() => credentials.GetByRole(AriaRole.Link, new() { Name = "RPPS certificate.pdf" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("RPPS certificate.pdf");

        // Verify, vet, activate.
        await credentials.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The credential is verified.");
        await Assertions.Expect(credentials.GetByText("Verified", new() { Exact = true })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark vetted" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The expert is vetted.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The expert is active and can be offered work.");
        await Assertions.Expect(Page.Locator(".profile-head .badge.big")).ToHaveTextAsync("Active");

        // The rate card and the history.
        var rates = Page.GetByRole(AriaRole.Form, new() { Name = "Add a rate" });
        await rates.GetByLabel("Activity").SelectOptionAsync(new SelectOptionValue { Label = "Review" });
        await rates.GetByLabel("Hourly rate").FillAsync("160");
        await rates.GetByLabel("Currency").FillAsync("EUR");
        await rates.GetByLabel("From").FillAsync("2026-01-01");
        await rates.GetByRole(AriaRole.Button, new() { Name = "Add rate" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Rate card" })).ToContainTextAsync("160.00 EUR");
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "History" });
        await Assertions.Expect(history.Locator("tbody tr").Nth(1)).ToContainTextAsync("Activated");
        await Assertions.Expect(history).ToContainTextAsync("Verified");
        await Screenshots.SaveAsync(Page, "expert-active.png");

        // The suspend dialog asks for a reason.
        await Page.GetByText("Suspend…").ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Why is the expert suspended?")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "expert-suspend-dialog.png");
    }

    [GeneratedRegex(@"/experts/[0-9a-f-]{36}$")]
    private static partial Regex ProfileUrl();
}
