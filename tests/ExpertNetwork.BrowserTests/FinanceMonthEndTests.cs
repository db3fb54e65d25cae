using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ExpertNetwork.BrowserTests;

/// <summary>Runs against an app of its own: it bills the demo's last month, which every run claims only once.</summary>
public sealed class FinanceMonthEndTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task Finance_runs_last_month_issues_the_drafts_and_downloads_an_invoice_pdf_and_the_zip_of_all()
    {
        var lastMonth = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await SignInAndExpectDashboardAsync(FinanceOfficer, "Finance dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Finance" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Invoices", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Run invoicing" }).ClickAsync();

        await Assertions.Expect(Page.GetByLabel("Month")).ToHaveValueAsync(lastMonth);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Draft invoices and statements" }).ClickAsync();

        var drafts = Page.GetByRole(AriaRole.Table, new() { Name = "Draft invoices" });
        await Assertions.Expect(drafts.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(drafts).ToContainTextAsync("Aurelia Legal Intelligence");
        await Assertions.Expect(drafts).ToContainTextAsync("Northwind Bio AI");
        await Assertions.Expect(drafts).ToContainTextAsync("reverse charge");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Draft payout statements" }).Locator("tbody tr")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(Page, "finance-run-result.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Issue all 2 draft invoices" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Issued 2 invoices");
        var invoices = Page.GetByRole(AriaRole.Table, new() { Name = "Invoices" });
        await Assertions.Expect(invoices.Locator("tbody tr")).ToHaveCountAsync(2);
        await Page.GotoAsync("/invoices");
        await Screenshots.SaveAsync(Page, "finance-invoices.png");
        var aurelia = invoices.Locator("tbody tr").Filter(new() { HasText = "Aurelia Legal Intelligence" });
        var number = (await aurelia.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
        number.ShouldMatch(@"^INV-\d{4}-\d{6}$");
        await aurelia.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = number, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Reverse charge: VAT to be accounted for by the recipient.")).ToBeVisibleAsync();
        var total = (await Page.Locator(".doc-totals dd.grand").InnerTextAsync()).Trim();
        total.ShouldEndWith(" USD");
        await Screenshots.SaveAsync(Page, "finance-invoice.png");
        var pdfDownload = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        pdfDownload.SuggestedFilename.ShouldBe(number + ".pdf");
        using (var pdf = PdfDocument.Open(await pdfDownload.PathAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            text.ShouldContain(number);
            text.ShouldContain(total);
        }

        await Page.GotoAsync("/invoices");
        var zipDownload = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download PDFs (ZIP)" }).ClickAsync());
        using (var zip = ZipFile.OpenRead(await zipDownload.PathAsync()))
        {
            var numbers = await invoices.Locator("tbody tr td:first-child a").AllInnerTextsAsync();
            zip.Entries.Select(e => e.FullName).ShouldBe(numbers.Select(n => n.Trim() + ".pdf"), ignoreOrder: true);
            zip.Entries.Count.ShouldBe(2);
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "Payouts" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Issue the 4 drafts shown" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Issued 4 statements");
        await Page.GotoAsync("/payouts");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Payout statements" }).Locator("tbody tr")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(Page, "finance-payouts.png");
    }
}
