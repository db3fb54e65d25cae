using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace ExpertNetwork.IntegrationTests.Invoicing;

/// <summary>Invoice runs, issuing, paying, voiding and the PDFs, as finance's pages, the API and the monthly job use them.</summary>
public abstract class InvoicingTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    // The engagements run from 2026-03-23 to 2026-05-03; the runs bill April 2026 and the clock stands on 2 May.
    private static readonly DateOnly April = new(2026, 4, 1);
    private static readonly InvoiceRunInput AprilRun = new(April, new DateOnly(2026, 4, 30), null);

    private TestTaxonomy? _taxonomy;

    private sealed record Staffed(Client Client, Project Project, Expert Ana, Expert Ben, Engagement AnaOn, Engagement BenOn);

    /// <summary>Two senior experts on one project billed at 333.33 USD an hour for review, paid 150 USD (review) and 90 USD (annotation).</summary>
    private async Task<Staffed> StaffedAsync(Client? client = null, ConfidentialityLevel confidentiality = ConfidentialityLevel.Open, Staffed? sameExperts = null)
    {
        var first = _taxonomy is null;
        _taxonomy ??= TestTaxonomy.Create();
        client ??= sameExperts?.Client ?? new ClientBuilder().WithVatRate(0.19m).Build();
        var project = new ProjectBuilder(client).Named(first ? "Oncology review" : "Radiology review").WithConfidentiality(confidentiality).Build();
        project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(333.33m, "USD"), new DateRange(new DateOnly(2026, 3, 1), null));
        var ana = sameExperts?.Ana ?? new ExpertBuilder().Named("Dr Ana Ruiz").WithEmail("ana.ruiz@example.com").WithYearsOfExperience(12).Build();
        var ben = sameExperts?.Ben ?? new ExpertBuilder().Named("Dr Ben Okafor").WithEmail("ben.okafor@example.com").WithYearsOfExperience(15).Build();
        var request = new StaffingRequestBuilder(project, _taxonomy.Oncology).WithSeats(2).Build();
        var anaOn = Accepted(ana, request);
        var benOn = Accepted(ben, request);
        var added = new List<object>();
        if (first)
            added.AddRange(_taxonomy.All);
        if (sameExperts is null)
            added.AddRange([client, ana, ben]);
        else if (client != sameExperts.Client)
            added.Add(client);
        added.AddRange([project, request, anaOn, benOn]);
        await SaveAsync([.. added]);
        Clock.Set(new DateTime(2026, 5, 2, 8, 0, 0, DateTimeKind.Utc));
        return new Staffed(client, project, ana, ben, anaOn, benOn);
    }

    private static Engagement Accepted(Expert who, StaffingRequest request, Dictionary<Activity, Money>? rates = null)
    {
        rates ??= new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD"), [Activity.Annotation] = new(90m, "USD") };
        var engagement = Engagement.Propose(who.Id, request, rates, 1, TestClock.Start);
        engagement.Offer(TestClock.Start.AddDays(3), TestClock.Start);
        engagement.Accept(who.FullName, true, null, null, new string('a', 64), TestClock.Start);
        return engagement;
    }

    private async Task<List<TimeEntry>> ApprovedAsync(params (Engagement On, DateOnly Day, decimal Hours, Activity Activity)[] work)
    {
        var entries = work.Select(w =>
        {
            var entry = TimeEntry.Log(w.On, null, w.Day, w.Activity, w.Hours, null, Clock.UtcNow);
            entry.Approve("pm@demo.local", Clock.UtcNow);
            return entry;
        }).ToList();
        await SaveAsync([.. entries]);
        return entries;
    }

    private static (Engagement, DateOnly, decimal, Activity) Review(Engagement on, int day, decimal hours) => (on, new DateOnly(2026, 4, day), hours, Activity.Review);

    private Task<InvoiceRunResult> RunAsync(InvoiceRunInput? input = null) =>
        App.RunAsync(s => s.Get<RunInvoicingHandler>().HandleAsync(input ?? AprilRun, Cancellation));

    private Task<IssueOutcome> IssueAsync(params Guid[] ids) => App.RunAsync(s => s.Get<IssueInvoicesHandler>().HandleAsync(new IssueInvoicesCommand(ids), Cancellation));

    private Task<Invoice> InvoiceAsync(Guid id) => ReadAsync(db => db.Invoices.SingleAsync(i => i.Id == id, Cancellation));

    private Task<List<TimeEntry>> EntriesAsync() => ReadAsync(db => db.TimeEntries.OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(Cancellation));

    private Task<string> SendAsync(Guid id) => App.RunAsync(s => s.Get<SendInvoiceHandler>().HandleAsync(new SendInvoiceCommand(id), Cancellation));

    private Task<DocumentFile> InvoicePdfAsync(Guid id) => App.RunAsync(s => s.Get<GetInvoicePdfHandler>().HandleAsync(new GetInvoicePdfQuery(id), Cancellation));

    private async Task<List<TimeEntryStage>> PortalStagesAsync(Expert expert) =>
        [.. (await App.RunAsync(s => s.Get<GetPortalHandler>().HandleAsync(new GetPortalQuery(expert.Id), Cancellation)))!.Entries.Select(e => e.Stage)];

    private static string PdfText(byte[] content)
    {
        using var pdf = PdfDocument.Open(content);
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task A_run_drafts_one_invoice_per_project_with_lines_per_expert_rounded_to_cents_and_tax_on_the_subtotal()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 0.25m), Review(staffed.BenOn, 7, 1m), Review(staffed.BenOn, 9, 0.5m));

        var result = await RunAsync();

        result.EntriesInvoiced.ShouldBe(3);
        result.Skipped.ShouldBeEmpty();
        var invoice = await InvoiceAsync(result.InvoiceIds.ShouldHaveSingleItem());
        invoice.Status.ShouldBe(DocumentStatus.Draft);
        invoice.RunId.ShouldBe(result.RunId);
        invoice.Lines.OrderBy(l => l.Description, StringComparer.Ordinal).Select(l => (l.Description, l.Hours, l.UnitPrice, l.Amount)).ShouldBe(
        [
            ("Dr Ana Ruiz — Review, 2026-04-06", 0.25m, 333.33m, 83.33m),
            ("Dr Ben Okafor — Review, 2026-04-07–2026-04-09", 1.5m, 333.33m, 500.00m),
        ]);
        invoice.Subtotal.ShouldBe(583.33m);
        invoice.TaxAmount.ShouldBe(110.83m);
        invoice.Total.ShouldBe(694.16m);
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId == invoice.Id);
        var run = await ReadAsync(db => db.InvoiceRuns.SingleAsync(Cancellation));
        (run.Period, run.ClientId, run.InvoicesDrafted, run.StatementsDrafted, run.EntriesInvoiced, run.IsCompleted)
            .ShouldBe((new DateRange(April, new DateOnly(2026, 4, 30)), (Guid?)null, 1, 2, 3, true));
    }

    [Fact]
    public async Task Payout_statements_pay_each_expert_the_agreed_rate_and_hold_each_entry_once()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), (staffed.AnaOn, new DateOnly(2026, 4, 8), 1.25m, Activity.Annotation), Review(staffed.BenOn, 7, 3m));

        var result = await RunAsync();

        result.EntriesOnStatements.ShouldBe(3);
        var statements = await ReadAsync(db => db.PayoutStatements.ToListAsync(Cancellation));
        statements.Count.ShouldBe(2);
        var ana = statements.Single(s => s.ExpertId == staffed.Ana.Id);
        ana.Lines.Select(l => (l.Description, l.Hours, l.UnitPrice, l.Amount)).ShouldBe(
        [
            ("Oncology review — Annotation, 2026-04-08", 1.25m, 90m, 112.50m),
            ("Oncology review — Review, 2026-04-06", 2m, 150m, 300m),
        ], ignoreOrder: true);
        ana.Total.ShouldBe(412.50m);
        statements.Single(s => s.ExpertId == staffed.Ben.Id).Total.ShouldBe(450m);
        var entries = await EntriesAsync();
        entries.ShouldAllBe(e => e.PayoutStatementId != null);
        entries.Where(e => e.ExpertId == staffed.Ana.Id).ShouldAllBe(e => e.PayoutStatementId == ana.Id);

        var issued = await App.RunAsync(s => s.Get<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([ana.Id]), Cancellation));
        issued.Issued.ShouldHaveSingleItem().Number.ShouldBe("PAY-2026-000001");
        var pdf = await App.RunAsync(s => s.Get<GetPayoutStatementPdfHandler>().HandleAsync(new GetPayoutStatementPdfQuery(ana.Id), Cancellation));
        pdf.FileName.ShouldBe("PAY-2026-000001.pdf");
        PdfText(pdf.Content).ShouldContain("412.50 USD");
        (await PortalStagesAsync(staffed.Ana)).ShouldBe([TimeEntryStage.Invoiced, TimeEntryStage.Approved], ignoreOrder: true);
        Clock.Set(new DateTime(2026, 5, 10, 9, 0, 0, DateTimeKind.Utc));
        await App.RunAsync(s => s.Get<MarkPayoutStatementPaidHandler>().HandleAsync(new MarkPayoutStatementPaidCommand(ana.Id, new DateOnly(2026, 5, 10), "BATCH-7"), Cancellation));
        (await ReadAsync(db => db.PayoutStatements.SingleAsync(s => s.Id == ana.Id, Cancellation))).Status.ShouldBe(DocumentStatus.Paid);
        (await PortalStagesAsync(staffed.Ana)).ShouldBe([TimeEntryStage.Paid, TimeEntryStage.Paid]);
    }

    [Fact]
    public async Task Hours_without_a_bill_rate_stay_unbilled_and_the_run_says_why()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), (staffed.AnaOn, new DateOnly(2026, 4, 8), 1.25m, Activity.Annotation));

        var result = await RunAsync();

        result.Skipped.ShouldHaveSingleItem().ShouldBe(
            $"1.25 h of annotation by Dr Ana Ruiz on 2026-04-08 for Oncology review ({staffed.Project.Code}) were not invoiced: the project has no senior bill rate for annotation on that date.");
        result.EntriesInvoiced.ShouldBe(1);
        var entries = await EntriesAsync();
        entries.Single(e => e.Activity == Activity.Annotation).InvoiceId.ShouldBeNull();
        entries.Single(e => e.Activity == Activity.Review).InvoiceId.ShouldBe(result.InvoiceIds.Single());
        (await ReadAsync(db => db.InvoiceRuns.SingleAsync(Cancellation))).Skipped.ShouldBe(result.Skipped);
    }

    [Fact]
    public async Task A_rate_change_inside_the_period_bills_each_day_at_the_rate_effective_on_it()
    {
        var staffed = await StaffedAsync();
        await ChangeAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.PriceList).SingleAsync(Cancellation);
            project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(360m, "USD"), new DateRange(new DateOnly(2026, 4, 15), null));
        });
        await ApprovedAsync(Review(staffed.AnaOn, 10, 2m), Review(staffed.AnaOn, 14, 1m), Review(staffed.AnaOn, 15, 3m), Review(staffed.AnaOn, 20, 1m));

        var invoice = await InvoiceAsync((await RunAsync()).InvoiceIds.Single());

        invoice.Lines.OrderBy(l => l.Description, StringComparer.Ordinal).Select(l => (l.Description, l.Hours, l.UnitPrice, l.Amount)).ShouldBe(
        [
            ("Dr Ana Ruiz — Review, 2026-04-10–2026-04-14", 3m, 333.33m, 999.99m),
            ("Dr Ana Ruiz — Review, 2026-04-15–2026-04-20", 4m, 360m, 1440m),
        ]);
    }

    [Fact]
    public async Task A_confidential_project_names_experts_by_a_stable_pseudonym()
    {
        var staffed = await StaffedAsync(confidentiality: ConfidentialityLevel.Confidential);
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m));

        var invoice = await InvoiceAsync((await RunAsync()).InvoiceIds.Single());

        var pseudonym = ExpertPseudonyms.For(staffed.Project.Id, staffed.Ana.Id);
        pseudonym.ShouldMatch("^Expert [0-9A-F]{6}$");
        invoice.Lines.ShouldHaveSingleItem().Description.ShouldBe($"{pseudonym} — Review, 2026-04-06");
        PdfText((await InvoicePdfAsync(invoice.Id)).Content).ShouldNotContain("Ruiz");
    }

    [Fact]
    public async Task A_run_over_more_projects_than_one_batch_bills_each_project_once_and_pays_hours_in_a_second_currency_on_their_own_statement()
    {
        var first = await StaffedAsync();
        var projects = new List<Staffed> { first };
        for (var i = 1; i <= RunInvoicingHandler.ProjectsPerBatch; i++)
            projects.Add(await StaffedAsync(sameExperts: first));
        var euroProject = new ProjectBuilder(first.Client).Named("Pathology review").Build();
        euroProject.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(200m, "USD"), new DateRange(new DateOnly(2026, 3, 1), null));
        var euroRequest = new StaffingRequestBuilder(euroProject, _taxonomy!.Oncology).WithSeats(1).PayingAtMost(new Money(200m, "EUR")).Build();
        var anaInEuros = Accepted(first.Ana, euroRequest, new Dictionary<Activity, Money> { [Activity.Review] = new(120m, "EUR") });
        await SaveAsync(euroProject, euroRequest, anaInEuros);
        var work = projects.SelectMany((p, i) => new[] { Review(p.AnaOn, 1 + (i % 28), 1m), Review(p.BenOn, 1 + (i % 28), 0.5m) }).ToList();
        work.Add(Review(anaInEuros, 6, 2m));
        work.Add(Review(anaInEuros, 7, 1.5m));
        await ApprovedAsync([.. work]);

        var result = await RunAsync();

        result.InvoiceIds.Count.ShouldBe(projects.Count + 1);
        result.EntriesInvoiced.ShouldBe(work.Count);
        result.EntriesOnStatements.ShouldBe(work.Count);
        result.Skipped.ShouldBeEmpty();
        var entries = await EntriesAsync();
        var invoices = await ReadAsync(db => db.Invoices.ToListAsync(Cancellation));
        invoices.Select(i => i.ProjectId).Order().ShouldBe(projects.Select(p => p.Project.Id).Append(euroProject.Id).Order());
        foreach (var invoice in invoices)
        {
            var billed = entries.Where(e => e.ProjectId == invoice.ProjectId).ToList();
            billed.ShouldAllBe(e => e.InvoiceId == invoice.Id);
            invoice.Lines.Sum(l => l.Hours).ShouldBe(billed.Sum(e => e.Hours));
        }
        var statements = await ReadAsync(db => db.PayoutStatements.ToListAsync(Cancellation));
        statements.Select(s => (s.ExpertId, s.Currency, s.Total)).ShouldBe(
        [
            (first.Ana.Id, "USD", 150m * projects.Count),
            (first.Ana.Id, "EUR", 420m),
            (first.Ben.Id, "USD", 75m * projects.Count),
        ], ignoreOrder: true);
        foreach (var statement in statements)
            statement.Lines.Sum(l => l.Hours).ShouldBe(entries.Where(e => e.PayoutStatementId == statement.Id).Sum(e => e.Hours));
        entries.Where(e => e.EngagementId == anaInEuros.Id).ShouldAllBe(e => e.PayoutStatementId == statements.Single(s => s.Currency == "EUR").Id);
    }

    [Fact]
    public async Task Two_runs_started_at_the_same_moment_bill_and_pay_each_entry_once()
    {
        var staffed = await StaffedAsync();
        var second = await StaffedAsync(sameExperts: staffed);
        var work = new List<(Engagement, DateOnly, decimal, Activity)>();
        foreach (var on in new[] { staffed.AnaOn, staffed.BenOn, second.AnaOn, second.BenOn })
        {
            for (var day = 1; day <= 20; day++)
                work.Add(Review(on, day, 0.25m * (1 + (day % 4))));
        }
        await ApprovedAsync([.. work]);

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        results.Sum(r => r.EntriesInvoiced).ShouldBe(80);
        results.Sum(r => r.EntriesOnStatements).ShouldBe(80);
        var entries = await EntriesAsync();
        var invoices = await ReadAsync(db => db.Invoices.ToListAsync(Cancellation));
        var statements = await ReadAsync(db => db.PayoutStatements.ToListAsync(Cancellation));
        invoices.Count.ShouldBe(2);
        statements.Count.ShouldBe(2);
        entries.ShouldAllBe(e => e.InvoiceId != null && e.PayoutStatementId != null);
        invoices.Select(i => i.Id).Order().ShouldBe(entries.Select(e => e.InvoiceId!.Value).Distinct().Order());
        statements.Select(s => s.Id).Order().ShouldBe(entries.Select(e => e.PayoutStatementId!.Value).Distinct().Order());
        invoices.SelectMany(i => i.Lines).Sum(l => l.Hours).ShouldBe(entries.Sum(e => e.Hours));
        statements.SelectMany(s => s.Lines).Sum(l => l.Hours).ShouldBe(entries.Sum(e => e.Hours));
        foreach (var invoice in invoices)
            invoice.Lines.Sum(l => l.Hours).ShouldBe(entries.Where(e => e.InvoiceId == invoice.Id).Sum(e => e.Hours));
    }

    [Fact]
    public async Task Two_hundred_invoices_issued_in_parallel_get_consecutive_numbers_without_duplicates()
    {
        var staffed = await StaffedAsync();
        var period = new DateRange(April, new DateOnly(2026, 4, 30));
        var drafts = Enumerable.Range(1, 200)
            .Select(i => Invoice.Draft(staffed.Client, staffed.Project, period, [new BillingLine($"Case batch {i}", staffed.Ana.Id, Activity.Review, 1m, 100m, "USD")], Clock.UtcNow))
            .ToList();
        await SaveAsync([.. drafts]);

        const int workers = 10;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, workers).Select(w =>
            IssueAsync([.. drafts.Where((_, i) => i % workers == w).Select(d => d.Id)])));

        outcomes.SelectMany(o => o.Refused).ShouldBeEmpty();
        var numbers = outcomes.SelectMany(o => o.Issued).Select(i => i.Number).Order(StringComparer.Ordinal).ToList();
        numbers.ShouldBe(Enumerable.Range(1, 200).Select(n => $"INV-2026-{n:D6}"));
        var stored = await ReadAsync(db => db.Invoices.Select(i => new { i.Number, i.SequenceNumber, i.Status, i.PdfSha256 }).ToListAsync(Cancellation));
        stored.ShouldAllBe(i => i.Status == DocumentStatus.Issued && i.PdfSha256 != null);
        stored.Select(i => i.SequenceNumber!.Value).Order().ShouldBe(Enumerable.Range(1, 200).Select(n => (long)n));
        (await ReadAsync(db => db.NumberSeries.SingleAsync(Cancellation))).LastNumber.ShouldBe(200);
    }

    [Fact]
    public async Task An_issue_that_fails_after_taking_a_number_leaves_no_gap()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 1m));
        var period = new DateRange(April, new DateOnly(2026, 4, 30));
        var drafts = Enumerable.Range(1, 3)
            .Select(i => Invoice.Draft(staffed.Client, staffed.Project, period, [new BillingLine($"Case batch {i}", staffed.Ana.Id, Activity.Review, 1m, 100m, "USD")], Clock.UtcNow))
            .ToList();
        await SaveAsync([.. drafts]);
        var services = new ServiceCollection();
        var files = new FailingFileStore(new LocalFileStore(Path.Combine(Database.Settings.DataDirectory, "files"), Clock));
        services.AddSingleton<IFileStore>(files);
        AppServices.Compose(services, Database.Settings, Clock, Actor);
        await using var provider = services.BuildServiceProvider();
        async Task<IssueOutcome> Issue(params Guid[] ids)
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.Get<IssueInvoicesHandler>().HandleAsync(new IssueInvoicesCommand(ids), Cancellation);
        }

        (await Issue(drafts[0].Id)).Issued.ShouldHaveSingleItem().Number.ShouldBe("INV-2026-000001");
        files.Failing = true;
        await Should.ThrowAsync<IOException>(() => Issue(drafts[1].Id));
        (await InvoiceAsync(drafts[1].Id)).ShouldSatisfyAllConditions(i => i.Status.ShouldBe(DocumentStatus.Draft), i => i.Number.ShouldBeNull());
        files.Failing = false;
        var outcome = await Issue(drafts[1].Id, drafts[2].Id);

        outcome.Issued.Select(i => i.Number).ShouldBe(["INV-2026-000002", "INV-2026-000003"]);
        files.Saved.ShouldBe(3);
    }

    [Fact]
    public async Task Voiding_issues_a_credit_note_that_references_the_original_which_stays_as_it_was_and_its_hours_can_be_billed_again()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), Review(staffed.BenOn, 7, 1m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();
        await IssueAsync(invoiceId);
        var before = await InvoiceAsync(invoiceId);

        var note = await App.RunAsync(s => s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(invoiceId, "Billed to the wrong cost centre"), Cancellation));

        note.Number.ShouldBe("CRN-2026-000001");
        var credit = await InvoiceAsync(note.Id);
        (credit.Kind, credit.Status, credit.CreditedDocumentId, credit.Total).ShouldBe((DocumentKind.CreditNote, DocumentStatus.Issued, (Guid?)invoiceId, -before.Total));
        credit.PdfSha256.ShouldNotBeNull();
        var after = await InvoiceAsync(invoiceId);
        (after.Status, after.CreditNoteId, after.VoidReason).ShouldBe((DocumentStatus.Voided, (Guid?)note.Id, "Billed to the wrong cost centre"));
        (after.Number, after.Subtotal, after.TaxAmount, after.Total, after.PdfSha256, after.PdfStorageKey, after.IssueDate)
            .ShouldBe((before.Number, before.Subtotal, before.TaxAmount, before.Total, before.PdfSha256, before.PdfStorageKey, before.IssueDate));
        after.Lines.OrderBy(l => l.Id).Select(l => (l.Id, l.Description, l.Hours, l.Amount)).ShouldBe(before.Lines.OrderBy(l => l.Id).Select(l => (l.Id, l.Description, l.Hours, l.Amount)));
        PdfText((await InvoicePdfAsync(note.Id)).Content).ShouldContain($"cancels invoice {before.Number}");
        (await InvoicePdfAsync(invoiceId)).FileName.ShouldBe($"{before.Number}.pdf");
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId == null);

        var again = await RunAsync();
        again.EntriesInvoiced.ShouldBe(2);
        (await InvoiceAsync(again.InvoiceIds.Single())).Total.ShouldBe(before.Total);
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(invoiceId, "Again"), Cancellation)));
    }

    [Fact]
    public async Task Emailing_an_issued_invoice_sends_its_stored_pdf_to_the_clients_billing_address_and_a_draft_or_voided_one_is_refused()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();
        (await Should.ThrowAsync<Refusal>(() => SendAsync(invoiceId))).Message.ShouldBe("A draft is not sent to the client; issue it first.");
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);
        await IssueAsync(invoiceId);
        var stored = await InvoicePdfAsync(invoiceId);

        var to = await SendAsync(invoiceId);

        var invoice = await InvoiceAsync(invoiceId);
        var client = await ReadAsync(db => db.Clients.SingleAsync(c => c.Id == invoice.ClientId, Cancellation));
        (to, invoice.SentTo).ShouldBe((client.BillingEmail, client.BillingEmail));
        invoice.SentUtc.ShouldNotBeNull();
        var mail = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).SingleAsync(Cancellation));
        (mail.ToAddress, mail.Subject).ShouldBe((client.BillingEmail, $"Invoice {invoice.Number} from ExpertNetwork"));
        mail.TextBody.ShouldContain(invoice.TotalMoney.Amount.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture));
        var attachment = mail.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe($"{invoice.Number}.pdf");
        attachment.Content.ShouldBe(stored.Content);

        var note = await App.RunAsync(s => s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(invoiceId, "Wrong purchase order"), Cancellation));
        (await Should.ThrowAsync<Refusal>(() => SendAsync(invoiceId))).Message.ShouldBe("This invoice is voided, so it is not sent to the client.");
        await SendAsync(note.Id);
        var credit = await ReadAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.StartsWith("Credit note"), Cancellation));
        credit.Subject.ShouldBe($"Credit note {note.Number} from ExpertNetwork");
        credit.TextBody.ShouldContain($"cancels invoice {invoice.Number} in full");
    }

    [Fact]
    public async Task The_issued_pdf_shows_the_number_lines_tax_and_total_the_database_holds_and_a_draft_is_a_marked_preview()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 0.25m), Review(staffed.BenOn, 7, 1.5m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();

        var draft = await InvoicePdfAsync(invoiceId);
        draft.FileName.ShouldBe($"draft-{staffed.Project.Code}-2026-04.pdf");
        using (var preview = PdfDocument.Open(draft.Content))
            preview.Information.Title.ShouldStartWith("DRAFT");
        (await InvoiceAsync(invoiceId)).PdfStorageKey.ShouldBeNull();

        var number = (await IssueAsync(invoiceId)).Issued.Single().Number;
        var invoice = await InvoiceAsync(invoiceId);
        var file = await InvoicePdfAsync(invoiceId);

        file.FileName.ShouldBe("INV-2026-000001.pdf");
        Application.Documents.DocumentHash.Sha256Hex(file.Content).ShouldBe(invoice.PdfSha256);
        var text = PdfText(file.Content);
        text.ShouldContain($"Invoice {number}");
        foreach (var line in invoice.Lines)
            text.ShouldContain(line.Description);
        text.ShouldContain("83.33 USD");
        text.ShouldContain("500.00 USD");
        text.ShouldContain($"VAT 19% {invoice.TaxAmount:0.00} USD");
        text.ShouldContain("Total due 694.16 USD");
        text.ShouldNotContain(Invoice.ReverseChargeNote);
    }

    [Fact]
    public async Task A_reverse_charge_client_is_invoiced_without_tax_and_the_pdf_carries_the_note()
    {
        var client = Client.Create("Helvetia Labs", "Helvetia Labs AG", "ap@helvetia.example", "Bahnhofstrasse 1, 8001 Zürich", "CH",
            "USD", 0.19m, true, "CHE-123.456.789", false, TestClock.Start.AddDays(-60));
        var staffed = await StaffedAsync(client);
        await ApprovedAsync(Review(staffed.AnaOn, 6, 3m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();
        await IssueAsync(invoiceId);

        var invoice = await InvoiceAsync(invoiceId);
        (invoice.Subtotal, invoice.TaxAmount, invoice.Total).ShouldBe((999.99m, 0m, 999.99m));
        var text = PdfText((await InvoicePdfAsync(invoiceId)).Content);
        text.ShouldContain(Invoice.ReverseChargeNote);
        text.ShouldContain("VAT 0% 0.00 USD");
    }

    [Fact]
    public async Task The_audit_trail_names_the_entries_each_draft_claimed_and_each_discard_or_void_gave_back()
    {
        var staffed = await StaffedAsync();
        var entries = await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), Review(staffed.BenOn, 7, 1m), Review(staffed.AnaOn, 8, 1m));
        var ids = entries.Select(e => e.Id).Order().ToList();
        var anaIds = entries.Where(e => e.ExpertId == staffed.Ana.Id).Select(e => e.Id).Order().ToList();

        var first = await RunAsync();
        var draft = first.InvoiceIds.Single();
        await App.RunAsync(s => s.Get<DiscardInvoiceDraftHandler>().HandleAsync(new DiscardInvoiceDraftCommand(draft), Cancellation));
        var second = await RunAsync();
        var issued = second.InvoiceIds.Single();
        await IssueAsync(issued);
        await App.RunAsync(s => s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(issued, "Billed to the wrong cost centre"), Cancellation));

        var moves = await ClaimEventsAsync();
        var all = string.Join(",", ids);
        moves.Where(m => m.Type == nameof(Invoice)).Select(m => (m.Action, m.Document, string.Join(",", m.Entries))).ShouldBe(
        [
            (BillingClaimAudit.ClaimedAction, draft, all),
            (BillingClaimAudit.ReleasedAction, draft, all),
            (BillingClaimAudit.ClaimedAction, issued, all),
            (BillingClaimAudit.ReleasedAction, issued, all),
        ]);
        var anaStatement = await ReadAsync(db => db.PayoutStatements.Where(p => p.ExpertId == staffed.Ana.Id && first.PayoutStatementIds.Contains(p.Id)).Select(p => p.Id).SingleAsync(Cancellation));
        moves.ShouldContain(m => m.Type == nameof(PayoutStatement) && m.Action == BillingClaimAudit.ClaimedAction && m.Document == anaStatement && m.Entries.SequenceEqual(anaIds));
        (await App.RunAsync(s => s.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation))).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Verify_audit_detects_hours_moved_from_one_document_to_another_in_a_claim_event()
    {
        var staffed = await StaffedAsync();
        var first = (await ApprovedAsync(Review(staffed.AnaOn, 6, 2m))).Single();
        await RunAsync();
        var other = (await ApprovedAsync(Review(staffed.BenOn, 7, 1m))).Single();
        await RunAsync();
        var claim = (await ClaimEventsAsync()).First(m => m.Type == nameof(Invoice) && m.Entries.SequenceEqual([first.Id]));

        await using (var db = Database.NewDbContext())
        {
            var moved = $"{{\"{BillingClaimAudit.EntriesField}\":[\"{other.Id}\"]}}";
            var sql = $"UPDATE {db.Table<AuditEvent>()} SET {db.Column<AuditEvent>(nameof(AuditEvent.After))} = {{0}} " +
                $"WHERE {db.Column<AuditEvent>(nameof(AuditEvent.Sequence))} = {{1}}";
            (await db.Database.ExecuteSqlRawAsync(sql, [moved, claim.Sequence], Cancellation)).ShouldBe(1);
        }

        var result = await App.RunAsync(s => s.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation));
        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(claim.Sequence);
    }

    private sealed record ClaimEvent(long Sequence, string Action, string Type, Guid Document, List<Guid> Entries);

    /// <summary>The trail's claim and release events in order, with the entries each names.</summary>
    private async Task<List<ClaimEvent>> ClaimEventsAsync()
    {
        var events = await ReadAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == BillingClaimAudit.ClaimedAction || e.Action == BillingClaimAudit.ReleasedAction)
            .OrderBy(e => e.Sequence).ToListAsync(Cancellation));
        return [.. events.Select(e => new ClaimEvent(e.Sequence, e.Action, e.EntityType, Guid.Parse(e.EntityId),
            [.. System.Text.Json.JsonDocument.Parse((e.After ?? e.Before)!).RootElement.GetProperty(BillingClaimAudit.EntriesField).EnumerateArray().Select(x => Guid.Parse(x.GetString()!))]))];
    }

    [Fact]
    public async Task Regenerating_a_draft_picks_up_hours_approved_since_and_discarding_it_gives_the_hours_back()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();
        await ApprovedAsync(Review(staffed.AnaOn, 8, 1m));

        await App.RunAsync(s => s.Get<RegenerateInvoiceHandler>().HandleAsync(new RegenerateInvoiceCommand(invoiceId), Cancellation));

        (await InvoiceAsync(invoiceId)).Lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            l => l.Hours.ShouldBe(3m), l => l.Description.ShouldBe("Dr Ana Ruiz — Review, 2026-04-06–2026-04-08"));
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId == invoiceId);

        await App.RunAsync(s => s.Get<DiscardInvoiceDraftHandler>().HandleAsync(new DiscardInvoiceDraftCommand(invoiceId), Cancellation));

        (await ReadAsync(db => db.Invoices.AnyAsync(Cancellation))).ShouldBeFalse();
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId == null);
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<DiscardInvoiceDraftHandler>().HandleAsync(new DiscardInvoiceDraftCommand(invoiceId), Cancellation)));
    }

    [Fact]
    public async Task Issued_invoices_are_never_discarded_or_regenerated_and_are_paid_once()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m));
        var invoiceId = (await RunAsync()).InvoiceIds.Single();
        await IssueAsync(invoiceId);

        (await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<DiscardInvoiceDraftHandler>().HandleAsync(new DiscardInvoiceDraftCommand(invoiceId), Cancellation))))
            .Message.ShouldContain("cannot be discarded");
        (await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<RegenerateInvoiceHandler>().HandleAsync(new RegenerateInvoiceCommand(invoiceId), Cancellation))))
            .Message.ShouldContain("only a draft can be regenerated");
        (await IssueAsync(invoiceId)).Refused.ShouldHaveSingleItem().Reason.ShouldContain("cannot be issued");
        Clock.Set(new DateTime(2026, 5, 20, 9, 0, 0, DateTimeKind.Utc));
        await App.RunAsync(s => s.Get<MarkInvoicePaidHandler>().HandleAsync(new MarkInvoicePaidCommand(invoiceId, new DateOnly(2026, 5, 20), "SWIFT 4711"), Cancellation));
        (await InvoiceAsync(invoiceId)).ShouldSatisfyAllConditions(i => i.Status.ShouldBe(DocumentStatus.Paid), i => i.PaymentReference.ShouldBe("SWIFT 4711"));
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId == invoiceId);
        (await IssueAsync(Guid.NewGuid())).Refused.ShouldHaveSingleItem().Reason.ShouldBe("The invoice was not found.");
    }

    [Fact]
    public async Task The_monthly_job_drafts_last_month_once_and_mails_finance_once_however_often_it_runs()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), Review(staffed.BenOn, 30, 1m));
        Clock.Set(new DateTime(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc));

        var first = await App.RunAsync(s => s.Get<RunMonthlyInvoicingHandler>().HandleAsync(Cancellation));
        var second = await App.RunAsync(s => s.Get<RunMonthlyInvoicingHandler>().HandleAsync(Cancellation));

        (first.From, first.To).ShouldBe((April, new DateOnly(2026, 4, 30)));
        first.Run.ShouldNotBeNull().InvoiceIds.Count.ShouldBe(1);
        second.Run.ShouldBeNull();
        (await ReadAsync(db => db.InvoiceRuns.CountAsync(Cancellation))).ShouldBe(1);
        (await ReadAsync(db => db.Invoices.CountAsync(Cancellation))).ShouldBe(1);
        var mail = await ReadAsync(db => db.OutboxMessages.SingleAsync(Cancellation));
        mail.ToAddress.ShouldBe("finance@expertnetwork.local");
        mail.Subject.ShouldBe("Drafts for 1 April 2026 to 30 April 2026 are ready for review");
        mail.TextBody.ShouldContain("1,189.99 USD");
        mail.TextBody.ShouldContain("invoices?status=Draft");
    }

    [Fact]
    public async Task The_monthly_job_also_bills_hours_approved_late_or_given_back_by_a_void_in_an_earlier_month_and_only_once_a_day()
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync((staffed.AnaOn, new DateOnly(2026, 3, 24), 2m, Activity.Review), Review(staffed.AnaOn, 6, 2m));
        var march = await RunAsync(new InvoiceRunInput(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null));
        await IssueAsync(march.InvoiceIds.Single());
        await App.RunAsync(s => s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(march.InvoiceIds.Single(), "Wrong purchase order"), Cancellation));
        (await RunAsync()).InvoiceIds.Count.ShouldBe(1, "April run by hand before the month closed");
        await ApprovedAsync(Review(staffed.BenOn, 29, 1.5m));
        Clock.Set(new DateTime(2026, 5, 4, 2, 0, 0, DateTimeKind.Utc));
        var mailsBefore = await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation));

        var first = await App.RunAsync(s => s.Get<RunMonthlyInvoicingHandler>().HandleAsync(Cancellation));
        var again = await App.RunAsync(s => s.Get<RunMonthlyInvoicingHandler>().HandleAsync(Cancellation));

        first.Run.ShouldNotBeNull().EntriesInvoiced.ShouldBe(1, "the hours approved after April's run");
        first.EarlierMonths.ShouldHaveSingleItem().From.ShouldBe(new DateOnly(2026, 3, 1));
        first.EarlierMonths[0].EntriesInvoiced.ShouldBe(1, "the hours the voided March invoice gave back");
        (again.Run, again.EarlierMonths.Count).ShouldBe((null, 0));
        (await EntriesAsync()).ShouldAllBe(e => e.InvoiceId != null && e.PayoutStatementId != null);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(mailsBefore + 2);
    }

    [Fact]
    public async Task In_the_companys_time_zone_an_invoice_issued_just_after_midnight_on_new_years_day_is_dated_and_numbered_in_the_new_year()
    {
        var staffed = await StaffedAsync();
        var draft = Invoice.Draft(staffed.Client, staffed.Project, new DateRange(April, new DateOnly(2026, 4, 30)),
            [new BillingLine("Case batch", staffed.Ana.Id, Activity.Review, 1m, 100m, "USD")], Clock.UtcNow);
        await SaveAsync(draft);
        var services = new ServiceCollection();
        AppServices.Compose(services, Database.Settings, Clock, Actor);
        services.AddSingleton(new FinanceOptions { TimeZoneId = "Europe/Berlin" });
        await using var provider = services.BuildServiceProvider();
        Clock.Set(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc));

        await using var scope = provider.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.Get<IssueInvoicesHandler>().HandleAsync(new IssueInvoicesCommand([draft.Id]), Cancellation);

        outcome.Issued.ShouldHaveSingleItem().Number.ShouldBe("INV-2027-000001");
        (await InvoiceAsync(draft.Id)).IssueDate.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Theory]
    [InlineData(BillingSide.Invoice)]
    [InlineData(BillingSide.Payout)]
    public async Task Each_side_claims_approved_hours_once_gives_them_back_on_discard_and_void_and_numbers_from_its_own_series(BillingSide side)
    {
        var staffed = await StaffedAsync();
        await ApprovedAsync(Review(staffed.AnaOn, 6, 2m), Review(staffed.AnaOn, 7, 3m));
        var invoices = side == BillingSide.Invoice;
        IReadOnlyList<Guid> Drafted(InvoiceRunResult run) => invoices ? run.InvoiceIds : run.PayoutStatementIds;
        async Task<List<Guid?>> ClaimedByAsync() => [.. (await EntriesAsync()).Select(e => invoices ? e.InvoiceId : e.PayoutStatementId)];

        // Claim: the run puts every approved hour on one draft of this side; a second run finds nothing left to claim.
        var draft = Drafted(await RunAsync()).ShouldHaveSingleItem();
        (await ClaimedByAsync()).ShouldAllBe(id => id == draft);
        Drafted(await RunAsync()).ShouldBeEmpty();

        // Release: a discarded draft gives its hours back, and the next run claims them again.
        await App.RunAsync(s => invoices
            ? s.Get<DiscardInvoiceDraftHandler>().HandleAsync(new DiscardInvoiceDraftCommand(draft), Cancellation)
            : s.Get<DiscardPayoutStatementDraftHandler>().HandleAsync(new DiscardPayoutStatementDraftCommand(draft), Cancellation));
        (await ClaimedByAsync()).ShouldAllBe(id => id == null);
        var redrafted = Drafted(await RunAsync()).ShouldHaveSingleItem();

        // Issue: the next number of the side's series, once.
        Task<IssueOutcome> IssueOnceAsync() => App.RunAsync(s => invoices
            ? s.Get<IssueInvoicesHandler>().HandleAsync(new IssueInvoicesCommand([redrafted]), Cancellation)
            : s.Get<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([redrafted]), Cancellation));
        (await IssueOnceAsync()).Issued.ShouldHaveSingleItem().Number.ShouldBe(invoices ? "INV-2026-000001" : "PAY-2026-000001");
        (await IssueOnceAsync()).Refused.ShouldHaveSingleItem().Reason.ShouldBe("This document is issued, so it cannot be issued.");

        // Void: a credit note from the side's credit series; the hours are free to be billed again.
        var note = await App.RunAsync(s => invoices
            ? s.Get<VoidInvoiceHandler>().HandleAsync(new VoidInvoiceCommand(redrafted, "Billed to the wrong period"), Cancellation)
            : s.Get<VoidPayoutStatementHandler>().HandleAsync(new VoidPayoutStatementCommand(redrafted, "Billed to the wrong period"), Cancellation));
        note.Number.ShouldBe(invoices ? "CRN-2026-000001" : "PCN-2026-000001");
        (await ClaimedByAsync()).ShouldAllBe(id => id == null);
        Drafted(await RunAsync()).ShouldHaveSingleItem();
    }
}
