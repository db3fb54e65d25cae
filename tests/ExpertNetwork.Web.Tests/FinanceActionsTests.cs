using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// Finance's month end on the demo data through the pages: run last month, review the drafts, issue them, record a
/// payment, void by credit note, bill the returned hours again, and pay the experts. Each step is the invoicing use
/// case behind the page; a refused step leaves a message and changes nothing.
/// </summary>
public sealed partial class FinanceActionsTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string LastMonth => DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<Guid> Ids(HtmlPage page, string area) =>
        Regex.Matches(page.Markup, $"href=\"/{area}/([0-9a-f-]{{36}})\"").Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();

    private Task<List<string>> PilotExpertNamesAsync(string projectCode) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<ExpertNetworkDbContext>();
        var project = await db.Projects.SingleAsync(p => p.Code == projectCode, Cancellation);
        var experts = db.Engagements.Where(e => e.ProjectId == project.Id && e.Status == EngagementStatus.Completed).Select(e => e.ExpertId);
        return await db.Experts.Where(e => experts.Contains(e.Id)).Select(e => e.FullName).ToListAsync(Cancellation);
    });

    [Fact]
    public async Task Finance_runs_last_month_issues_the_drafts_records_a_payment_voids_by_credit_note_and_pays_the_experts()
    {
        using var finance = await app.SignedInAsync(DemoStaff.Finance);
        var year = DateTime.UtcNow.Year;

        var run = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", LastMonth)]);

        run.Status.ShouldBe(HttpStatusCode.OK, run.Text);
        run.Text.ShouldContain("Aurelia Legal Intelligence");
        run.Text.ShouldContain("Northwind Bio AI");
        run.Text.ShouldContain("Issue all 2 draft invoices");
        run.Text.ShouldContain("Issue all 4 statements");
        var invoiceIds = Ids(run, "invoices");
        invoiceIds.Count.ShouldBe(2);
        var statementIds = Ids(run, "payouts");
        statementIds.Count.ShouldBe(4);

        var pages = new List<HtmlPage>();
        foreach (var id in invoiceIds)
            pages.Add(await finance.GetAsync($"/invoices/{id}"));
        var aurelia = pages.Single(p => p.Text.Contains("AUR-CLS-1", StringComparison.Ordinal));
        var northwind = pages.Single(p => p.Text.Contains("NW-ONC-1", StringComparison.Ordinal));
        aurelia.Text.ShouldContain("Reverse charge: VAT to be accounted for by the recipient.");
        aurelia.Text.ShouldContain("Draft invoice");
        foreach (var name in await PilotExpertNamesAsync("NW-ONC-1"))
            northwind.Text.ShouldNotContain(name, customMessage: "a confidential project's invoice names experts by pseudonym");
        (await finance.Client.GetAsync($"/invoices/{invoiceIds[0]}/pdf", Cancellation)).Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        var issue = await finance.SubmitAsync("/invoices?status=Draft", "/invoices/issue", invoiceIds.Select(id => new KeyValuePair<string, string>("ids", id.ToString())));
        issue.Location.ShouldBe("/invoices?status=Issued");
        var issuedList = await finance.GetAsync(issue.Location!);
        issuedList.Text.ShouldContain($"Issued 2 invoices: INV-{year}-000001, INV-{year}-000002.");

        var aureliaId = invoiceIds[pages.IndexOf(aurelia)];
        var northwindId = invoiceIds[pages.IndexOf(northwind)];
        var noDate = await finance.SubmitAsync($"/invoices/{aureliaId}", $"/invoices/{aureliaId}/paid", [new("PaidOn", ""), new("Reference", "x")]);
        (await finance.GetAsync(noDate.Location!)).Text.ShouldContain("Give the date the payment arrived.");
        var paid = await finance.SubmitAsync($"/invoices/{aureliaId}", $"/invoices/{aureliaId}/paid", [new("PaidOn", Today), new("Reference", "SWIFT 4471")]);
        var paidPage = await finance.GetAsync(paid.Location!);
        paidPage.Text.ShouldContain("The invoice is marked paid.");
        paidPage.Text.ShouldContain("SWIFT 4471");
        var twice = await finance.SubmitAsync($"/invoices/{aureliaId}", $"/invoices/{aureliaId}/paid", [new("PaidOn", Today)]);
        (await finance.GetAsync(twice.Location!)).Text.ShouldContain("cannot be marked paid");

        paidPage.Text.ShouldContain("Sent to client");
        var sent = await finance.SubmitAsync($"/invoices/{aureliaId}", $"/invoices/{aureliaId}/send", []);
        var sentPage = await finance.GetAsync(sent.Location!);
        sentPage.Text.ShouldContain("The PDF is on its way to rechnungen@aurelia-legal.example.");
        sentPage.Text.ShouldContain("It was last sent on");

        var noReason = await finance.SubmitAsync($"/invoices/{northwindId}", $"/invoices/{northwindId}/void", [new("Reason", " ")]);
        (await finance.GetAsync(noReason.Location!)).Text.ShouldContain("Give a reason for voiding");
        var voided = await finance.SubmitAsync($"/invoices/{northwindId}", $"/invoices/{northwindId}/void", [new("Reason", "The client asked for the hours to be split by subspecialty.")]);
        var voidedPage = await finance.GetAsync(voided.Location!);
        voidedPage.Text.ShouldContain($"The invoice is voided by credit note CRN-{year}-000001.");
        voidedPage.Text.ShouldContain("Voided");
        var creditNoteId = Ids(voidedPage, "invoices").Single(id => id != northwindId);
        (await finance.GetAsync($"/invoices/{creditNoteId}")).Markup.ShouldContain($"href=\"/invoices/{northwindId}\"");

        // The voided invoice gave its hours back: the next run bills them again, and only them.
        var rerun = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", LastMonth)]);
        rerun.Text.ShouldContain("Issue all 1 draft invoice");
        rerun.Text.ShouldContain("No new payout statements.");
        var redraft = Ids(rerun, "invoices").Single();
        var regenerated = await finance.SubmitAsync($"/invoices/{redraft}", $"/invoices/{redraft}/regenerate", []);
        (await finance.GetAsync(regenerated.Location!)).Text.ShouldContain("The draft was rebuilt");
        var discarded = await finance.SubmitAsync($"/invoices/{redraft}", $"/invoices/{redraft}/discard", []);
        discarded.Location.ShouldBe("/invoices?status=Draft");
        (await finance.GetAsync(discarded.Location!)).Text.ShouldContain("The draft was discarded.");
        (await finance.GetAsync($"/invoices/{redraft}")).Status.ShouldBe(HttpStatusCode.NotFound);

        var payouts = await finance.SubmitAsync("/payouts?status=Draft", "/payouts/issue", statementIds.Select(id => new KeyValuePair<string, string>("ids", id.ToString())));
        (await finance.GetAsync(payouts.Location!)).Text.ShouldContain($"Issued 4 statements: PAY-{year}-000001");
        var paidOut = await finance.SubmitAsync($"/payouts/{statementIds[0]}", $"/payouts/{statementIds[0]}/paid", [new("PaidOn", Today), new("Reference", "SEPA batch 12")]);
        (await finance.GetAsync(paidOut.Location!)).Text.ShouldContain("The statement is marked paid.");
        var csv = CsvParser.Parse(await finance.Client.GetByteArrayAsync("/payouts/export.csv", Cancellation));
        csv.Records.Count.ShouldBe(3, "the paid statement is no longer due");
        csv.Records.ShouldAllBe(r => r.Fields[4].StartsWith($"PAY-{year}-", StringComparison.Ordinal));

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            (await db.Invoices.CountAsync(i => i.Status == DocumentStatus.Draft, Cancellation)).ShouldBe(0);
            (await db.Invoices.Where(i => i.Number != null).Select(i => i.Number!).ToListAsync(Cancellation))
                .ShouldBe([$"INV-{year}-000001", $"INV-{year}-000002", $"CRN-{year}-000001"], ignoreOrder: true);
            return 0;
        });
    }
}
