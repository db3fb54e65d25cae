using ExpertNetwork.Application.Budgets;
using ExpertNetwork.Application.Timesheets;
using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Budgets;

/// <summary>
/// Budget, billed, approved-unbilled, cost and margin per project, the burn per week, and the 80% / 100% warnings. Invoices
/// are made directly through the domain (draft, number series, issue, credit note), as the invoicing use cases would.
/// </summary>
public abstract class ProjectBudgetsTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string ProgramManager = "pm.lead@example.com";
    private const string FinanceDesk = "finance@expertnetwork.local";

    private static readonly DateOnly Friday27March = new(2026, 3, 27);
    private static readonly DateOnly Tuesday31March = new(2026, 3, 31);
    private static readonly DateOnly Wednesday1April = new(2026, 4, 1);
    private static readonly DateOnly Tuesday7April = new(2026, 4, 7);

    private sealed record Staffed(Client Client, Project Project, Expert Expert, Engagement Engagement);

    /// <summary>
    /// A USD project billing a senior expert's review hours at 200/h until 31 March and 250/h from 1 April; the expert is
    /// paid 150/h. Two requests: one opened by a program manager (an email), one by a name. The clock stands on 10 April.
    /// </summary>
    private async Task<Staffed> StaffedAsync(decimal budget)
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Named("Oncology review").WithBudget(new Money(budget, "USD")).Build();
        project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(200m, "USD"), new DateRange(project.Window.Start, null));
        project.SetBillRate(ExpertTier.Senior, Activity.Review, new Money(250m, "USD"), new DateRange(Wednesday1April, null));
        var expert = new ExpertBuilder().Named("Dr Ana Ruiz").WithYearsOfExperience(12).Build();
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology).OpenedBy(ProgramManager).Build();
        var other = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Second wave").OpenedBy("Jane Doe").Build();
        var same = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Third wave").OpenedBy(ProgramManager).Build();
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, Clock.UtcNow);
        engagement.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
        engagement.Accept(expert.FullName, true, null, null, new string('a', 64), Clock.UtcNow);
        await SaveAsync([.. taxonomy.All, client, project, expert, request, other, same, engagement]);
        Clock.Set(new DateTime(2026, 4, 10, 10, 0, 0, DateTimeKind.Utc));
        return new Staffed(client, project, expert, engagement);
    }

    private TimeEntry Approved(Staffed s, DateOnly day, decimal hours)
    {
        var entry = TimeEntry.Log(s.Engagement, null, day, Activity.Review, hours, "Reviewed cases", Clock.UtcNow);
        entry.Approve("pm", Clock.UtcNow);
        return entry;
    }

    /// <summary>20 approved hours: 8 h (27 Mar) and 4 h (31 Mar) at 200, 6 h (1 Apr) and 2 h (7 Apr) at 250 = 4,400 USD.</summary>
    private List<TimeEntry> FourWeeksOfWork(Staffed s) =>
        [Approved(s, Friday27March, 8m), Approved(s, Tuesday31March, 4m), Approved(s, Wednesday1April, 6m), Approved(s, Tuesday7April, 2m)];

    private static BillingLine Line(Staffed s, decimal hours, decimal rate) => new($"{s.Expert.FullName}, review", s.Expert.Id, Activity.Review, hours, rate, "USD");

    private Task<ProjectBudgetDetail> BudgetAsync(Staffed s) =>
        App.RunAsync(async services => (await services.Get<GetProjectBudgetHandler>().HandleAsync(new GetProjectBudgetQuery(s.Project.Id), Cancellation)).ShouldNotBeNull());

    private Task<BudgetWatchResult> WatchAsync() => App.RunAsync(s => s.Get<RunBudgetWatchHandler>().HandleAsync(new RunBudgetWatchCommand(), Cancellation));

    private Task<List<(string To, string Subject)>> MailsAsync() => ReadAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedUtc).Select(m => new { m.ToAddress, m.Subject }).ToListAsync(Cancellation))
            .Select(m => (m.ToAddress, m.Subject)).ToList());

    /// <summary>Puts saved entries on an invoice with the claim's own condition, as the billing use cases do.</summary>
    private Task<int> ClaimAsync(Guid invoiceId, params TimeEntry[] entries)
    {
        var ids = entries.Select(e => e.Id).ToList();
        return ReadAsync(db => db.TimeEntries.Where(t => ids.Contains(t.Id)).Where(TimeEntry.ClaimableFor(BillingSide.Invoice))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.InvoiceId, invoiceId), Cancellation));
    }

    private Task<List<BudgetNotice>> NoticesAsync() => ReadAsync(db => db.BudgetNotices.AsNoTracking().OrderBy(n => n.ThresholdPercent).ToListAsync(Cancellation));

    [Fact]
    public async Task Approved_hours_are_valued_at_the_bill_rate_of_their_day_when_the_rate_changes_mid_period()
    {
        var s = await StaffedAsync(10_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);

        var budget = await BudgetAsync(s);

        var f = budget.Figures;
        f.Billed.ShouldBe(0m);
        f.ApprovedUnbilled.ShouldBe(12m * 200m + 8m * 250m);
        f.Spent.ShouldBe(4_400m);
        f.PercentUsed.ShouldBe(44m);
        f.Cost.ShouldBe(20m * 150m);
        f.Margin.ShouldBe(1_400m);
        f.MarginPercent.ShouldBe(31.8m);
        f.HoursWithoutBillRate.ShouldBe(0m);
        f.ThresholdReached.ShouldBeNull();
        budget.Burn.ShouldBe([
            new BurnPoint(new DateOnly(2026, 3, 23), 1_600m),
            new BurnPoint(new DateOnly(2026, 3, 30), 1_600m + 800m + 1_500m),
            new BurnPoint(new DateOnly(2026, 4, 6), 4_400m),
        ]);
    }

    [Fact]
    public async Task Billed_is_net_of_credit_notes_and_hours_on_a_draft_invoice_still_count_as_unbilled()
    {
        var s = await StaffedAsync(10_000m);
        var work = FourWeeksOfWork(s);
        var march = new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var invoices = NumberSeries.Start(NumberSeries.Invoices, 2026);
        var credits = NumberSeries.Start(NumberSeries.CreditNotes, 2026);
        var now = Clock.UtcNow;
        // March billed, voided by a credit note, and billed again; April's hours sit on a draft.
        var first = Invoice.Draft(s.Client, s.Project, march, [Line(s, 12m, 200m)], now);
        first.Issue(invoices, new DateOnly(2026, 4, 2), 30, now);
        var creditNote = first.Void(credits, new DateOnly(2026, 4, 3), 0, "Sent to the wrong cost centre.", now);
        var second = Invoice.Draft(s.Client, s.Project, march, [Line(s, 12m, 200m)], now);
        second.Issue(invoices, new DateOnly(2026, 4, 3), 30, now);
        var draft = Invoice.Draft(s.Client, s.Project, new DateRange(Wednesday1April, new DateOnly(2026, 4, 30)), [Line(s, 8m, 250m)], now);
        await SaveAsync([invoices, credits, first, creditNote, second, draft, .. work]);
        await ClaimAsync(second.Id, work[0], work[1]);
        await ClaimAsync(draft.Id, work[2], work[3]);

        var f = (await BudgetAsync(s)).Figures;

        f.Billed.ShouldBe(2_400m - 2_400m + 2_400m);
        f.ApprovedUnbilled.ShouldBe(2_000m);
        f.Spent.ShouldBe(4_400m);
        f.Cost.ShouldBe(3_000m);
    }

    [Fact]
    public async Task Unapproved_hours_and_hours_without_a_bill_rate_add_nothing_to_spent()
    {
        var s = await StaffedAsync(10_000m);
        var submitted = TimeEntry.Log(s.Engagement, null, Tuesday7April, Activity.Review, 5m, null, Clock.UtcNow);
        var annotation = Engagement.Propose(s.Expert.Id, await ReadAsync(db => db.StaffingRequests.FirstAsync(r => r.Title == "Second wave", Cancellation)),
            new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD"), [Activity.Annotation] = new(90m, "USD") }, 1, Clock.UtcNow);
        annotation.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
        annotation.Accept(s.Expert.FullName, true, null, null, new string('b', 64), Clock.UtcNow);
        var unpriced = TimeEntry.Log(annotation, null, Tuesday7April, Activity.Annotation, 3m, null, Clock.UtcNow);
        unpriced.Approve("pm", Clock.UtcNow);
        await SaveAsync(submitted, annotation, unpriced, Approved(s, Tuesday7April, 2m));

        var f = (await BudgetAsync(s)).Figures;

        f.ApprovedUnbilled.ShouldBe(500m);
        f.HoursWithoutBillRate.ShouldBe(3m);
        f.Cost.ShouldBe(2m * 150m + 3m * 90m);
    }

    [Fact]
    public async Task Nothing_is_sent_below_80_percent()
    {
        var s = await StaffedAsync(10_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);

        (await WatchAsync()).WarningsSent.ShouldBe(0);

        (await MailsAsync()).ShouldBeEmpty();
        (await NoticesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Passing_80_percent_warns_finance_and_the_program_manager_once()
    {
        var s = await StaffedAsync(5_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);

        (await WatchAsync()).WarningsSent.ShouldBe(1);
        (await WatchAsync()).WarningsSent.ShouldBe(0);

        var mails = await MailsAsync();
        mails.Select(m => m.To).Order(StringComparer.Ordinal).ShouldBe([FinanceDesk, ProgramManager]);
        mails.ShouldAllBe(m => m.Subject == $"{s.Project.Code} has used 88% of its budget");
        var notice = (await NoticesAsync()).ShouldHaveSingleItem();
        notice.ThresholdPercent.ShouldBe(80);
        notice.Spent.ShouldBe(4_400m);
        notice.Recipients.ShouldBe($"{FinanceDesk}, {ProgramManager}");
        var panel = await BudgetAsync(s);
        panel.Figures.ThresholdReached.ShouldBe(80);
        panel.Warnings.ShouldHaveSingleItem().ThresholdPercent.ShouldBe(80);
    }

    [Fact]
    public async Task Approving_hours_past_100_percent_sends_the_100_percent_warning_after_the_80_percent_one()
    {
        var s = await StaffedAsync(5_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);
        await WatchAsync();
        var submitted = TimeEntry.Log(s.Engagement, null, new DateOnly(2026, 4, 8), Activity.Review, 4m, null, Clock.UtcNow);
        await SaveAsync(submitted);
        var version = await ReadAsync(db => db.TimeEntries.Where(t => t.Id == submitted.Id).Select(t => t.Version).SingleAsync(Cancellation));

        await App.RunAsync(services => services.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(submitted.Id, version)], Approve: true), Cancellation));

        (await NoticesAsync()).Select(n => n.ThresholdPercent).ShouldBe([80, 100]);
        var mails = await MailsAsync();
        mails.Count.ShouldBe(4);
        mails.Skip(2).ShouldAllBe(m => m.Subject == $"{s.Project.Code} has used 108% of its budget");
        (await WatchAsync()).WarningsSent.ShouldBe(0);
        (await MailsAsync()).Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_project_that_jumps_past_both_thresholds_gets_one_mail_per_recipient_and_both_notices()
    {
        var s = await StaffedAsync(4_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);

        (await WatchAsync()).WarningsSent.ShouldBe(2);

        (await NoticesAsync()).Select(n => n.ThresholdPercent).ShouldBe([80, 100]);
        (await MailsAsync()).ShouldAllBe(m => m.Subject == $"{s.Project.Code} has used 110% of its budget");
        (await MailsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Two_checks_at_the_same_moment_send_the_warning_once()
    {
        var s = await StaffedAsync(5_000m);
        await SaveAsync([.. FourWeeksOfWork(s)]);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await WatchAsync();
            }
            catch (DbUpdateException)
            {
                // A database that reports the lost race as a lock error rather than a duplicate key: also nothing sent.
                return new BudgetWatchResult(0, 0, 0, 1);
            }
        })));

        results.Sum(r => r.WarningsSent).ShouldBe(1);
        (await NoticesAsync()).ShouldHaveSingleItem().ThresholdPercent.ShouldBe(80);
        (await MailsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_budgets_list_shows_active_projects_the_most_used_first()
    {
        var s = await StaffedAsync(5_000m);
        var quiet = new ProjectBuilder(s.Client).Named("Radiology review").WithBudget(new Money(1_000m, "USD")).Build();
        var done = new ProjectBuilder(s.Client).Named("Finished study").Build();
        done.Complete(Clock.UtcNow);
        await SaveAsync([quiet, done, .. FourWeeksOfWork(s)]);

        var list = await App.RunAsync(services => services.Get<ListProjectBudgetsHandler>().HandleAsync(Cancellation));

        list.Select(b => b.Name).ShouldBe(["Oncology review", "Radiology review"]);
        list[0].PercentUsed.ShouldBe(88m);
        list[1].Spent.ShouldBe(0m);
        list[1].MarginPercent.ShouldBeNull();
    }
}
