using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>Runs against an app of its own, because importing adds experts to the registry the other tests count.</summary>
public sealed partial class ExpertImportTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    private const string File =
        "email,full_name,phone,country,time_zone,languages,specialties,years_experience,weekly_capacity_hours,headline,notes,credential_kind,credential_issuer,credential_number,credential_jurisdiction,credential_issued_on,credential_expires_on\n"
        + "ines.garcia@intake-2026.example,Inés García,+34 91 555 0101,ES,Europe/Madrid,es;en,medicine/oncology/breast-oncology,14,20,Breast oncologist,,MedicalLicense,Colegio de Médicos de Madrid,CMM-28-44012,ES-MD,2010-07-01,\n"
        + "ines.garcia@intake-2026.example,,,,,,,,,,,BoardCertification,ESMO,ESMO-2291,EU,2014-03-15,2029-03-15\n"
        + "tomas.novak@intake-2026.example,Tomáš Novák,,Czechia,Europe/Prague,cs;en,cardiology,9,15,,,,,,,,\n"
        + "lena.berg@intake-2026.example,Lena Berg,+46 8 555 0133,SE,Europe/Stockholm,sv;en,law/corporate-law,abc,10,,,,,,,,\n"
        + "yuki.sato@intake-2026.example,Yuki Sato,,JP,Asia/Tokyo,ja;en,astrology,12,10,,,MedicalLicense,MHLW,JP-5521,JP,2031-01-01,\n"
        + "oscar.lind@intake-2026.example,Oscar Lind,,SE,Europe/Stockholm,sv,medicine/radiology,6,12,,,,,,,,\n";

    [Fact]
    public async Task A_compliance_officer_previews_a_mixed_file_and_imports_only_the_valid_rows()
    {
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");
        await Page.GotoAsync("/experts");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import CSV" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Import experts from CSV", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel(CsvFileLabel()).SetInputFilesAsync(new FilePayload { Name = "new-experts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(File) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview import" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Preview of new-experts.csv", Level = 1 })).ToBeVisibleAsync();
        var rows = Page.GetByRole(AriaRole.Table, new() { Name = "Rows" });
        await Assertions.Expect(rows.Locator("tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(rows.Locator("tbody tr.import-rejected")).ToHaveCountAsync(3);
        var problems = Page.Locator(".problems-list li");
        await Assertions.Expect(problems).ToContainTextAsync(
        [
            "Row 4, column country: The country must be a two-letter ISO code such as DE or US.",
            "Row 5, column years_experience: 'abc' is not a whole number of years.",
            "Row 6, column specialties: 'astrology' is not a specialty in the taxonomy",
            "Row 6, column credential_issued_on: The issue date cannot be in the future.",
        ]);
        await Screenshots.SaveAsync(Page, "expert-import-preview.png");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Import finished", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 rows created, 0 updated, 0 unchanged and 3 rejected.");
        await Screenshots.SaveAsync(Page, "expert-import-result.png");

        await Page.GotoAsync("/experts?q=intake-2026.example");
        var names = Page.GetByRole(AriaRole.Table, new() { Name = "Experts" }).Locator("tbody tr td:first-child a");
        await Assertions.Expect(names).ToHaveTextAsync(["Inés García", "Oscar Lind"], new() { Timeout = 5000 });
        await names.First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Credentials" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Erase personal data" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Erase personal data of Inés García", Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "expert-erase.png");
    }

    [GeneratedRegex("^CSV file")]
    private static partial Regex CsvFileLabel();
}
