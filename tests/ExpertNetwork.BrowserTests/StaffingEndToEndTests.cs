using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// The whole staffing flow in a browser: a program manager opens a project for the demo client Northwind Bio AI (which
/// requires its own NDA), states a one-seat request, reviews the ranked candidates and sends offers; an expert opens
/// the offer from the dev mailbox on a phone, signs the client NDA and accepts in the same visit; the board shows the
/// seat filled and the contract PDF carries the agreed rate. Runs against an app of its own, because it adds records.
/// </summary>
public sealed partial class StaffingEndToEndTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    private const string ProjectName = "Breast cancer pathway review";
    private const string RequestTitle = "Breast oncology second readers";

    [Fact]
    public async Task A_program_manager_staffs_a_project_and_an_expert_accepts_from_the_email_link()
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");

        // A project for an existing client.
        await Page.GotoAsync("/clients");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Northwind Bio AI" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New project" }).ClickAsync();
        await Page.GetByLabel("Project name").FillAsync(ProjectName);
        await Page.GetByLabel("Code (letters").FillAsync("NWB-BRC-1");
        await Page.GetByLabel("Confidentiality").SelectOptionAsync("Confidential");
        await Page.GetByLabel("Time zone").SelectOptionAsync("America/New_York");
        await Page.GetByLabel("Budget").FillAsync("90000");
        await Page.GetByLabel("Start", new() { Exact = true }).FillAsync(Day(start.AddDays(-7)));
        await Page.GetByLabel("End", new() { Exact = true }).FillAsync(Day(start.AddDays(90)));
        await Page.GetByLabel("Description").FillAsync("Oncologists check model-drafted treatment pathways for early breast cancer.");
        await Page.GetByLabel("Expert brief").FillAsync("Review short treatment pathways against current guidelines, about 15 minutes each.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{ProjectName} is open.");

        // The need, stated once.
        await Page.GotoAsync("/staffing/new");
        await Page.GetByLabel("Project").SelectOptionAsync(new SelectOptionValue { Label = $"Northwind Bio AI · {ProjectName}" });
        await Page.GetByLabel("Title").FillAsync(RequestTitle);
        var oncology = await Page.Locator("select[name='Input.SpecialtyId'] option").Filter(new() { HasTextRegex = OncologyOption() }).First.GetAttributeAsync("value");
        await Page.Locator("select[name='Input.SpecialtyId']").SelectOptionAsync(oncology!);
        await Page.GetByLabel("Activity").SelectOptionAsync("Review");
        await Page.GetByLabel("Seats").FillAsync("1");
        await Page.GetByLabel("Hours per week, each").FillAsync("6");
        await Page.GetByLabel("First day").FillAsync(Day(start));
        await Page.GetByLabel("Last day").FillAsync(Day(start.AddDays(41)));
        await Page.GetByLabel("Maximum hourly pay rate").FillAsync("260");
        await Page.GetByLabel("Currency").FillAsync("USD");
        await Page.GetByLabel("Languages (ISO codes)").FillAsync("en");
        await Page.GetByLabel("Offers per wave").FillAsync("2");
        await Page.Locator("input[name='Input.RequiredCredentialKinds'][value='MedicalLicense']").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open the request" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = RequestTitle, Level = 1 })).ToBeVisibleAsync();

        // Candidates, best first; two are shortlisted and offered, one of them still without Northwind's NDA.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Find candidates" }).First.ClickAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Ranked candidates" });
        var needingNda = table.Locator("tbody tr").Filter(new() { HasText = "Client NDA at offer" });
        await Assertions.Expect(needingNda.First).ToBeVisibleAsync();
        var expertName = (await needingNda.First.GetByRole(AriaRole.Link).First.TextContentAsync())!.Trim();
        await needingNda.First.Locator("input[name=expertIds]").CheckAsync();
        await table.Locator("tbody tr").Filter(new() { HasNotText = expertName }).Locator("input[name=expertIds]:not([disabled])").First.CheckAsync();
        await Screenshots.SaveAsync(Page, "staffing-e2e-candidates.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send offers to the shortlisted" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent 2 offers.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Engagements" })).ToContainTextAsync(expertName);
        await Screenshots.SaveAsync(Page, "staffing-e2e-offers-sent.png");

        // The expert: the offer email in the dev mailbox, then the link on a phone, with no account.
        await Page.GotoAsync("/dev/mailbox");
        var message = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = expertName }).GetByRole(AriaRole.Link, new() { Name = $"Engagement offer: {ProjectName}" });
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.First.ClickAsync();
        var link = await Page.GetByRole(AriaRole.Link, new() { Name = "Review and respond to the offer" }).GetAttributeAsync("href");
        OfferLink().IsMatch(link.ShouldNotBeNull()).ShouldBeTrue(link);

        var phone = await NewPersonAsync(390, 844, mobile: true);
        string agreedRate;
        try
        {
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = ProjectName, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(phone.Locator("#nda")).ToContainTextAsync("Northwind Bio AI confidentiality addendum");
            agreedRate = RateText().Match(await phone.Locator("main").InnerTextAsync()).Value;
            agreedRate.ShouldNotBeNullOrEmpty("the offer page shows the agreed hourly rate");
            await phone.Locator("input[type=checkbox][name='Form.NdaConsent']").CheckAsync();
            await phone.GetByLabel("Your full name").FillAsync(expertName);
            await phone.Locator("input[type=checkbox][name='Form.Consent']").CheckAsync();
            await Screenshots.SaveAsync(phone, "staffing-e2e-offer-phone.png");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you, you accepted the offer", Level = 1 })).ToBeVisibleAsync();

            var download = await phone.RunAndWaitForDownloadAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "Download the contract PDF" }).ClickAsync());
            using var pdf = PdfDocument.Open(await download.PathAsync());
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            text.ShouldContain("Consulting Agreement");
            text.ShouldContain(agreedRate.Split(' ')[0]);
            text.ShouldContain("Evidence of electronic acceptance");
            text.ShouldContain(expertName.Split(' ')[^1]);
        }
        finally
        {
            await phone.Context.CloseAsync();
        }

        // Back on the board: the one seat is filled.
        await Page.GotoAsync("/staffing?status=Filled");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = RequestTitle });
        await Assertions.Expect(row.GetByRole(AriaRole.Img, new() { Name = "1 of 1 seats filled" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "staffing-e2e-board-filled.png");
        await row.GetByRole(AriaRole.Link, new() { Name = RequestTitle }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Engagements" }).GetByRole(AriaRole.Row).Filter(new() { HasText = expertName })).ToContainTextAsync("Accepted");
        await Screenshots.SaveAsync(Page, "staffing-e2e-request-filled.png");
    }

    [GeneratedRegex(@"^\s*(└ )?Oncology$")]
    private static partial Regex OncologyOption();

    [GeneratedRegex(@"/offers/[A-Za-z0-9_-]{43}$")]
    private static partial Regex OfferLink();

    [GeneratedRegex(@"\d{1,3}(,\d{3})*\.\d{2} USD")]
    private static partial Regex RateText();
}
