using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// What finance reads: the invoice and payout lists with their filters and totals, the document pages, the CSV
/// layouts of docs/guide/finance.md, the ZIP of stored PDFs, and who may see any of it. The documents are made
/// through the domain (see <see cref="FinanceDocuments"/>), so these tests do not depend on the invoicing run.
/// </summary>
public sealed class FinancePagesTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Browser Finance, FinanceDocuments Docs)> FinanceWithDocumentsAsync() =>
        (await app.SharedBrowserAsync(DemoStaff.Finance), await FinanceDocuments.CreateAsync(app));

    [Fact]
    public async Task The_invoice_list_narrows_by_client_status_and_kind_and_totals_every_match()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var all = await finance.GetAsync($"/invoices?clientId={docs.ClientId}");
        var issued = await finance.GetAsync($"/invoices?clientId={docs.ClientId}&status=Issued");
        var credits = await finance.GetAsync($"/invoices?clientId={docs.ClientId}&kind=CreditNote");
        var byProject = await finance.GetAsync($"/invoices?projectId={docs.ProjectId}&status=draft");

        all.Status.ShouldBe(HttpStatusCode.OK);
        all.Text.ShouldContain("5 documents");
        foreach (var invoice in docs.Invoices.Where(i => i.Number is not null))
            all.Text.ShouldContain(invoice.Number!);
        // 2600 + 750 + 1120 + 375 - 375 + 780 = 5250 subtotal; 20% VAT on each.
        all.Text.ShouldContain("Total of 5 documents in USD");
        all.Text.ShouldContain("5,250.00 USD");
        all.Text.ShouldContain("1,050.00 USD");
        all.Text.ShouldContain("6,300.00 USD");
        issued.Text.ShouldContain("2 documents");
        issued.Text.ShouldContain(docs.Issued.Number!);
        issued.Text.ShouldNotContain(docs.Paid.Number!);
        issued.Text.ShouldContain(docs.CreditNote.Number!);
        credits.Text.ShouldContain("1 documents");
        credits.Text.ShouldContain(docs.CreditNote.Number!);
        credits.Text.ShouldNotContain(docs.Issued.Number!);
        byProject.Text.ShouldContain("1 documents");
        byProject.Text.ShouldContain($"/invoices/{docs.Draft.Id}");
        byProject.Text.ShouldContain("Issue the 1 draft shown");
    }

    [Fact]
    public async Task The_period_filter_keeps_documents_whose_period_overlaps_it()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();
        var start = docs.Period.Start;

        var inside = await finance.GetAsync($"/invoices?clientId={docs.ClientId}&from={Day(start.AddDays(10))}&to={Day(start.AddDays(40))}");
        var before = await finance.GetAsync($"/invoices?clientId={docs.ClientId}&to={Day(start.AddDays(-1))}");
        var after = await finance.GetAsync($"/invoices?clientId={docs.ClientId}&from={Day(docs.Period.End!.Value.AddDays(1))}");

        inside.Text.ShouldContain("5 documents");
        before.Text.ShouldContain("No invoices match");
        after.Text.ShouldContain("No invoices match");
    }

    [Theory]
    [InlineData("from=2026-13-01", "is not a date")]
    [InlineData("from=2026-10-31&to=2026-10-01", "ends (2026-10-01) before it starts (2026-10-31)")]
    [InlineData("clientId=6f9619ff-8b86-d011-b42d-00cf4fc964ff", "There is no client with that id")]
    [InlineData("projectId=6f9619ff-8b86-d011-b42d-00cf4fc964ff", "There is no project with that id")]
    [InlineData("status=Pending", "is not a known status")]
    public async Task A_filter_that_cannot_be_used_is_explained_on_the_list_and_refused_for_the_exports(string query, string message)
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);

        var list = await finance.GetAsync("/invoices?" + query);
        var csv = await finance.GetAsync("/invoices/export.csv?" + query);
        var zip = await finance.GetAsync("/invoices/pdfs.zip?" + query);

        list.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        list.Text.ShouldContain(message);
        csv.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        csv.ContentType.ShouldBe("text/html");
        csv.Text.ShouldContain(message);
        zip.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        zip.Text.ShouldContain(message);
    }

    [Fact]
    public async Task An_invoice_page_shows_its_lines_tax_totals_and_both_ends_of_a_credit_note()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var issued = await finance.GetAsync($"/invoices/{docs.Issued.Id}");
        var voided = await finance.GetAsync($"/invoices/{docs.Voided.Id}");
        var note = await finance.GetAsync($"/invoices/{docs.CreditNote.Id}");
        var draft = await finance.GetAsync($"/invoices/{docs.Draft.Id}");

        issued.Status.ShouldBe(HttpStatusCode.OK);
        issued.Text.ShouldContain(docs.Issued.Number!);
        issued.Text.ShouldContain("Lena Ledger, Annotation");
        issued.Text.ShouldContain("2,600.00 USD");
        issued.Text.ShouldContain("VAT 20%");
        issued.Text.ShouldContain("670.00 USD");
        issued.Text.ShouldContain("4,020.00 USD");
        issued.Text.ShouldContain("Ledger Client, \"Holdings\" Ltd");
        issued.Text.ShouldContain(docs.Issued.PdfSha256!);
        issued.Markup.ShouldContain($"action=\"/invoices/{docs.Issued.Id}/void\"");
        issued.Markup.ShouldContain($"action=\"/invoices/{docs.Issued.Id}/paid\"");
        issued.Markup.ShouldNotContain($"action=\"/invoices/{docs.Issued.Id}/discard\"");
        voided.Text.ShouldContain("The hours were booked on the wrong project.");
        voided.Markup.ShouldContain($"href=\"/invoices/{docs.CreditNote.Id}\"");
        voided.Markup.ShouldNotContain($"action=\"/invoices/{docs.Voided.Id}/void\"");
        note.Text.ShouldContain("This credit note cancels invoice");
        note.Markup.ShouldContain($"<a href=\"/invoices/{docs.Voided.Id}\">{docs.Voided.Number}</a> in full.");
        note.Text.ShouldContain("-450.00 USD");
        draft.Text.ShouldContain("Draft invoice");
        draft.Markup.ShouldContain($"action=\"/invoices/{docs.Draft.Id}/issue\"");
        draft.Markup.ShouldContain($"action=\"/invoices/{docs.Draft.Id}/regenerate\"");
        draft.Markup.ShouldContain($"action=\"/invoices/{docs.Draft.Id}/discard\"");
    }

    [Fact]
    public async Task A_reverse_charge_invoice_says_so_and_charges_no_vat()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var id = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var client = await db.Clients.SingleAsync(c => c.Name == "Aurelia Legal Intelligence", Cancellation);
            var project = await db.Projects.SingleAsync(p => p.Code == "AUR-CLS-1", Cancellation);
            var invoice = Domain.Invoicing.Invoice.Draft(client, project, new Domain.Common.DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)),
                [new Domain.Invoicing.BillingLine("Clause annotation", null, Domain.Common.Activity.Annotation, 2m, 260m, "USD")], DateTime.UtcNow);
            db.Add(invoice);
            await db.SaveChangesAsync(Cancellation);
            return invoice.Id;
        });

        var page = await finance.GetAsync($"/invoices/{id}");

        page.Text.ShouldContain("Reverse charge: VAT to be accounted for by the recipient.");
        page.Text.ShouldContain("reverse charge");
        page.Text.ShouldContain("DE312456789");
    }

    [Fact]
    public async Task Unknown_documents_are_not_found()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var unknown = Guid.NewGuid();

        (await finance.GetAsync($"/invoices/{unknown}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetAsync($"/payouts/{unknown}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetAsync("/invoices/not-an-id")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetAsync($"/invoices/{unknown}/pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetAsync($"/payouts/{unknown}/pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        var paid = await finance.SubmitAsync("/invoices", $"/invoices/{unknown}/paid", [new("PaidOn", "2026-01-01")]);
        paid.Status.ShouldBe(HttpStatusCode.NotFound);
        var issue = await finance.SubmitAsync("/invoices", $"/invoices/{unknown}/issue", []);
        issue.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_invoice_csv_has_one_row_per_line_in_the_documented_columns()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var response = await finance.Client.GetAsync($"/invoices/export.csv?clientId={docs.ClientId}", Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("invoices-");
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        var csv = CsvParser.Parse(bytes);
        csv.Header.ShouldBe(InvoiceCsv.InvoiceColumns);
        csv.Header.ShouldBe(
        [
            "number", "kind", "credited_number", "status", "issue_date", "due_date", "period_start", "period_end", "client", "client_vat_number",
            "project_code", "currency", "line_description", "activity", "hours", "unit_price", "line_amount", "subtotal", "tax_rate", "tax_amount",
            "total", "reverse_charge", "paid_on", "payment_reference",
        ]);
        csv.Records.Count.ShouldBe(6, "two lines on the first invoice, one on each other document");
        var rows = csv.Records.Select(r => csv.Header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second)).ToList();
        var first = rows.Where(r => r["number"] == docs.Issued.Number).ToList();
        first.Count.ShouldBe(2);
        var annotation = first.Single(r => r["activity"] == "Annotation");
        annotation["kind"].ShouldBe("Original");
        annotation["status"].ShouldBe("Issued");
        annotation["issue_date"].ShouldBe(Day(docs.Issued.IssueDate!.Value));
        annotation["due_date"].ShouldBe(Day(docs.Issued.IssueDate!.Value.AddDays(30)));
        annotation["period_start"].ShouldBe(Day(docs.Period.Start));
        annotation["period_end"].ShouldBe(Day(docs.Period.End!.Value));
        annotation["client"].ShouldBe(docs.ClientName);
        annotation["client_vat_number"].ShouldStartWith("GB");
        annotation["project_code"].ShouldBe(docs.ProjectCode);
        annotation["currency"].ShouldBe("USD");
        annotation["line_description"].ShouldBe("Lena Ledger, Annotation");
        annotation["hours"].ShouldBe("10.00");
        annotation["unit_price"].ShouldBe("260.00");
        annotation["line_amount"].ShouldBe("2600.00");
        annotation["subtotal"].ShouldBe("3350.00");
        annotation["tax_rate"].ShouldBe("0.2");
        annotation["tax_amount"].ShouldBe("670.00");
        annotation["total"].ShouldBe("4020.00");
        annotation["reverse_charge"].ShouldBe("false");
        annotation["credited_number"].ShouldBe(string.Empty);
        var paid = rows.Single(r => r["number"] == docs.Paid.Number);
        paid["status"].ShouldBe("Paid");
        paid["paid_on"].ShouldBe(Day(docs.Paid.PaidOn!.Value));
        paid["payment_reference"].ShouldStartWith("BANK-");
        var credit = rows.Single(r => r["number"] == docs.CreditNote.Number);
        credit["kind"].ShouldBe("CreditNote");
        credit["credited_number"].ShouldBe(docs.Voided.Number);
        credit["hours"].ShouldBe("-1.25");
        credit["unit_price"].ShouldBe("300.00");
        credit["line_amount"].ShouldBe("-375.00");
        credit["total"].ShouldBe("-450.00");
        rows.Single(r => r["number"] == docs.Voided.Number)["status"].ShouldBe("Voided");
        var draft = rows.Last();
        draft["number"].ShouldBe(string.Empty, "drafts come last, without a number");
        draft["status"].ShouldBe("Draft");
    }

    [Fact]
    public async Task The_zip_holds_the_stored_pdf_of_every_issued_invoice_and_credit_note_and_no_draft()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var response = await finance.Client.GetAsync($"/invoices/pdfs.zip?clientId={docs.ClientId}", Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancellation)), ZipArchiveMode.Read);
        var issued = docs.Invoices.Where(i => i.Number is not null).ToList();
        zip.Entries.Select(e => e.FullName).ShouldBe(issued.Select(i => i.Number + ".pdf"), ignoreOrder: true);
        foreach (var invoice in issued)
        {
            await using var entry = await zip.GetEntry(invoice.Number + ".pdf")!.OpenAsync(Cancellation);
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy, Cancellation);
            copy.ToArray().Take(5).ShouldBe("%PDF-"u8.ToArray());
            Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())).ShouldBe(invoice.PdfSha256);
        }
        var none = await finance.Client.GetAsync($"/invoices/pdfs.zip?clientId={docs.ClientId}&status=Draft", Cancellation);
        await using var empty = new ZipArchive(new MemoryStream(await none.Content.ReadAsByteArrayAsync(Cancellation)), ZipArchiveMode.Read);
        empty.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_pdf_of_an_issued_invoice_is_its_stored_file_named_by_its_number()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var response = await finance.Client.GetAsync($"/invoices/{docs.Issued.Id}/pdf", Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe(docs.Issued.Number + ".pdf");
        Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync(Cancellation))).ShouldBe(docs.Issued.PdfSha256);
    }

    [Fact]
    public async Task An_altered_stored_pdf_is_left_out_of_the_zip_and_named_in_its_problems_file()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();
        var path = Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories)
            .Single(f => f.Replace('\\', '/').EndsWith(docs.Paid.PdfStorageKey!, StringComparison.Ordinal));
        await File.AppendAllTextAsync(path, "tampered", Cancellation);

        var response = await finance.Client.GetAsync($"/invoices/pdfs.zip?clientId={docs.ClientId}", Cancellation);

        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancellation)), ZipArchiveMode.Read);
        zip.GetEntry(docs.Paid.Number + ".pdf").ShouldBeNull();
        zip.GetEntry(docs.Issued.Number + ".pdf").ShouldNotBeNull();
        await using var problems = await zip.GetEntry(BillingPdfArchiveHandler.ProblemsEntry)!.OpenAsync(Cancellation);
        (await new StreamReader(problems).ReadToEndAsync(Cancellation)).ShouldContain($"{docs.Paid.Number}: The stored PDF of {docs.Paid.Number} does not match its recorded SHA-256.");
    }

    [Fact]
    public async Task The_payout_list_and_page_show_the_experts_statements_with_totals()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var list = await finance.GetAsync($"/payouts?expertId={docs.ExpertId}");
        var paid = await finance.GetAsync($"/payouts?expertId={docs.ExpertId}&status=Paid");
        var page = await finance.GetAsync($"/payouts/{docs.IssuedStatement.Id}");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Text.ShouldContain("3 statements");
        list.Text.ShouldContain(docs.ExpertName);
        list.Text.ShouldContain("Total of 3 statements in USD");
        list.Text.ShouldContain("2,290.00 USD");
        paid.Text.ShouldContain("1 statements");
        paid.Text.ShouldContain(docs.PaidStatement.Number!);
        page.Text.ShouldContain(docs.IssuedStatement.Number!);
        page.Text.ShouldContain("1,500.00 USD");
        page.Markup.ShouldContain($"action=\"/payouts/{docs.IssuedStatement.Id}/paid\"");
        (await finance.GetAsync("/payouts?to=2020-01-01&from=2021-01-01")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await finance.GetAsync($"/payouts?expertId={Guid.NewGuid()}")).Text.ShouldContain("There is no expert with that id");
    }

    [Fact]
    public async Task The_payment_run_csv_lists_only_issued_unpaid_statements()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();

        var response = await finance.Client.GetAsync($"/payouts/export.csv?expertId={docs.ExpertId}", Cancellation);
        var csv = CsvParser.Parse(await response.Content.ReadAsByteArrayAsync(Cancellation));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Header.ShouldBe(["expert_name", "expert_email", "amount", "currency", "statement_number", "reference"]);
        var row = csv.Records.ShouldHaveSingleItem().Fields;
        row.ShouldBe([docs.ExpertName, docs.ExpertEmail, "1500.00", "USD", docs.IssuedStatement.Number!,
            $"{docs.IssuedStatement.Number} {Day(docs.Period.Start)}..{Day(docs.Period.End!.Value)}"]);
        await using var zip = new ZipArchive(await finance.Client.GetStreamAsync($"/payouts/pdfs.zip?expertId={docs.ExpertId}", Cancellation), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe([docs.IssuedStatement.Number + ".pdf", docs.PaidStatement.Number + ".pdf"], ignoreOrder: true);
    }

    [Fact]
    public async Task Finance_and_admins_see_the_finance_pages_and_nobody_else_does()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var admin = await app.SharedBrowserAsync(DemoStaff.Admin);
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var compliance = await app.SharedBrowserAsync(DemoStaff.Compliance);
        using var anonymous = app.NewBrowser();

        var financeList = await finance.GetAsync("/invoices");
        financeList.Status.ShouldBe(HttpStatusCode.OK);
        financeList.Navigation.ShouldContain("href=\"/invoices\">Finance</a>");
        financeList.Markup.ShouldContain("href=\"/payouts\">Payouts</a>");
        financeList.Markup.ShouldContain("href=\"/finance/budgets\">Budgets</a>");
        (await admin.GetAsync("/payouts")).Status.ShouldBe(HttpStatusCode.OK);
        (await finance.GetAsync("/experts")).Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        foreach (var url in new[] { "/invoices", "/payouts", "/invoices/run", "/invoices/export.csv", "/payouts/export.csv", "/invoices/pdfs.zip" })
        {
            (await pm.GetAsync(url)).Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied", customMessage: url);
            (await compliance.GetAsync(url)).Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied", customMessage: url);
            (await anonymous.GetAsync(url)).Location.ShouldNotBeNull().ShouldStartWith("/account/login", customMessage: url);
        }
        (await pm.GetAsync("/dashboard")).Navigation.ShouldNotContain(">Finance</a>");
    }

    [Fact]
    public async Task Every_finance_change_needs_the_antiforgery_token_and_changes_nothing_without_it()
    {
        var (finance, docs) = await FinanceWithDocumentsAsync();
        string[] posts =
        [
            "/invoices/run", "/invoices/issue", $"/invoices/{docs.Draft.Id}/issue", $"/invoices/{docs.Draft.Id}/regenerate", $"/invoices/{docs.Draft.Id}/discard",
            $"/invoices/{docs.Issued.Id}/paid", $"/invoices/{docs.Issued.Id}/void", "/payouts/issue", $"/payouts/{docs.DraftStatement.Id}/issue",
            $"/payouts/{docs.DraftStatement.Id}/regenerate", $"/payouts/{docs.DraftStatement.Id}/discard", $"/payouts/{docs.IssuedStatement.Id}/paid",
            $"/payouts/{docs.IssuedStatement.Id}/void",
        ];

        foreach (var url in posts)
        {
            var response = await finance.PostAsync(url, [new("ids", docs.Draft.Id.ToString()), new("PaidOn", "2026-01-01"), new("Reason", "No token."), new("Month", "2026-01")]);
            response.Status.ShouldBe(HttpStatusCode.BadRequest, url);
        }

        var page = await finance.GetAsync($"/invoices?clientId={docs.ClientId}");
        page.Text.ShouldContain("5 documents");
        (await finance.GetAsync($"/invoices/{docs.Draft.Id}")).Text.ShouldContain("Draft invoice");
        (await finance.GetAsync($"/invoices/{docs.Issued.Id}")).Text.ShouldNotContain("paid 1 Jan 2026");
    }

    [Fact]
    public async Task A_run_with_a_period_that_cannot_be_used_is_refused_on_the_form_and_drafts_nothing()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var before = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Invoices.CountAsync(Cancellation));

        var backwards = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", ""), new("From", "2026-10-31"), new("To", "2026-10-01")]);
        var badDate = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", ""), new("From", "31/10/2026"), new("To", "2026-10-01")]);
        var badMonth = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", "October")]);
        var lastMonthEver = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", "9999-12")]);
        var nothing = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", "")]);
        var unknownClient = await finance.SubmitAsync("/invoices/run", "/invoices/run", [new("Month", "2026-10"), new("ClientId", Guid.NewGuid().ToString())]);

        backwards.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        backwards.Text.ShouldContain("ends (2026-10-01) before it starts (2026-10-31)");
        badDate.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        badDate.Text.ShouldContain("'31/10/2026' is not a date");
        badMonth.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        badMonth.Text.ShouldContain("Pick a month, written as yyyy-MM");
        lastMonthEver.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        lastMonthEver.Text.ShouldContain("'9999-12' is not a month");
        nothing.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        nothing.Text.ShouldContain("Pick a month, or give both the first and the last day of the period.");
        unknownClient.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        unknownClient.Text.ShouldContain("There is no client with that id");
        (await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Invoices.CountAsync(Cancellation))).ShouldBe(before);
    }

    [Fact]
    public async Task The_run_form_offers_last_month()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);

        var form = await finance.GetAsync("/invoices/run");

        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Markup.ShouldContain($"name=\"Month\" value=\"{DateTime.UtcNow.AddMonths(-1):yyyy-MM}\"");
        form.Text.ShouldContain("Aurelia Legal Intelligence");
    }

    [Fact]
    public async Task Issuing_with_nothing_picked_says_so_and_issues_nothing()
    {
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);

        var issue = await finance.SubmitAsync("/invoices", "/invoices/issue", []);
        var page = await finance.GetAsync(issue.Location!);

        issue.Location.ShouldBe("/invoices?status=Draft");
        page.Text.ShouldContain("Pick at least one draft to issue. Nothing was issued.");
    }
}
