using System.Text;
using System.Text.Json;
using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts.Privacy;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Portal;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class ExpertPrivacyTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task The_personal_data_export_holds_the_profile_credentials_work_and_every_audit_event_about_the_expert()
    {
        var world = await SeedWorkedExpertAsync();

        var data = (await ExportAsync(world.Expert.Id)).ShouldNotBeNull();

        data.Profile.Email.ShouldBe("anna@example.org");
        data.Profile.Phone.ShouldBe("+48 600 100 200");
        data.Languages.ShouldBe(["en", "pl"]);
        data.Employers.ShouldBe(["Szpital Uniwersytecki w Krakowie"]);
        data.Specialties.Single().Path.ShouldBe("/medicine/oncology/");
        data.Blackouts.Single().Reason.ShouldBe("Congress");
        data.Rates.Single().HourlyRate.ShouldBe(150m);
        var credential = data.Credentials.Single();
        (credential.Number, credential.EvidenceFileName).ShouldBe((world.Licence.Number, "licence-anna.pdf"));
        data.Engagements.Single().AcceptedByName.ShouldBe("Anna Kowalska");
        data.TimeEntries.Single().Hours.ShouldBe(6m);
        data.PayoutStatements.Single().Total.ShouldBe(world.Payout.Total);
        var audited = data.AuditEvents.Select(a => a.EntityType).Distinct().ToList();
        audited.ShouldBe(["Expert", "ExpertLanguage", "ExpertSpecialty", "Blackout", "ExpertEmployer", "ExpertRate", "Credential", "Engagement", "EngagementRate", "TimeEntry", "PayoutStatement", "BillingLine"], ignoreOrder: true);
        data.AuditEvents.First(a => a.EntityType == "Expert").After!["FullName"]!.GetValue<string>().ShouldBe("Anna Kowalska");
        data.AuditEvents.Select(a => a.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        // Someone else's records are not in it.
        data.AuditEvents.ShouldNotContain(a => a.EntityId == world.Other.Id.ToString());
        JsonSerializer.Serialize(data).ShouldNotContain(world.Other.Email);
    }

    [Fact]
    public async Task Erasing_pseudonymises_the_expert_deletes_evidence_and_keeps_financial_records_and_the_audit_trail()
    {
        var world = await SeedWorkedExpertAsync();
        var invoiceBefore = await ReadAsync(db => db.Invoices.AsNoTracking().SingleAsync(Cancellation));
        await SaveAsync(PortalSignInLink.Issue(world.Expert.Id, PortalSignInLink.DefaultLifetime, Clock.UtcNow).Link);
        var eventsBefore = await ReadAsync(db => db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(Cancellation));
        Clock.Advance(TimeSpan.FromDays(1));

        var refused = await EraseAsync(world.Expert.Id, "anna kowalska", "Request by email on 2026-03-20");

        refused.ShouldBeNull();
        var expert = await ReadAsync(db => db.Experts.AsNoTracking().Include(e => e.Languages).Include(e => e.Blackouts).Include(e => e.Rates).Include(e => e.Employers).SingleAsync(e => e.Id == world.Expert.Id, Cancellation));
        expert.FullName.ShouldBe(Expert.ErasedName(expert.Id));
        expert.Email.ShouldBe(Expert.ErasedEmail(expert.Id));
        (expert.Phone, expert.Notes, expert.Status).ShouldBe((null, null, ExpertStatus.Archived));
        (expert.ErasedUtc!.Value.Ticks / 10).ShouldBe(Clock.UtcNow.Ticks / 10, "every database keeps whole microseconds");
        expert.Languages.ShouldBeEmpty();
        expert.Blackouts.ShouldBeEmpty();
        expert.Employers.ShouldBeEmpty();
        expert.Rates.Single().HourlyRate.ShouldBe(new Money(150m, "EUR"));
        var licence = await ReadAsync(db => db.Credentials.AsNoTracking().SingleAsync(c => c.Id == world.Licence.Id, Cancellation));
        (licence.Number, licence.HasEvidence, licence.Status).ShouldBe((Credential.ErasedNumber, false, VerificationStatus.Pending));
        (await App.RunAsync(services => services.Get<IFileStore>().OpenReadAsync(world.EvidenceKey, Cancellation))).ShouldBeNull();
        (await ReadAsync(db => db.PortalSignInLinks.CountAsync(l => l.ExpertId == world.Expert.Id, Cancellation))).ShouldBe(0);

        // Financial records are untouched.
        var invoice = await ReadAsync(db => db.Invoices.AsNoTracking().SingleAsync(Cancellation));
        (invoice.Number, invoice.Total, invoice.Version, invoice.Lines.Single().ExpertId).ShouldBe((invoiceBefore.Number, invoiceBefore.Total, invoiceBefore.Version, expert.Id));
        (await ReadAsync(db => db.TimeEntries.AsNoTracking().SingleAsync(Cancellation))).PayoutStatementId.ShouldBe(world.Payout.Id);
        (await ReadAsync(db => db.Engagements.AsNoTracking().SingleAsync(Cancellation))).AcceptedByName.ShouldBe("Anna Kowalska");

        // The trail is appended to, never rewritten, and still verifies.
        var eventsAfter = await ReadAsync(db => db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(Cancellation));
        eventsAfter.Take(eventsBefore.Count).Select(e => e.Hash).ShouldBe(eventsBefore.Select(e => e.Hash));
        var erased = eventsAfter.Skip(eventsBefore.Count).ToList();
        erased.Single(e => e.EntityType == nameof(Expert)).Action.ShouldBe("Erased");
        erased.Single(e => e.EntityType == nameof(Credential)).Action.ShouldBe("Erased");
        var trail = await App.RunAsync(services => services.Get<VerifyAuditTrailHandler>().HandleAsync(Cancellation));
        trail.IsIntact.ShouldBeTrue(trail.Problem);
    }

    [Fact]
    public async Task Erasing_an_expert_with_an_open_offer_is_refused_and_changes_nothing()
    {
        var (taxonomy, client, project, request) = Staffing();
        var expert = new ExpertBuilder().Named("Anna Kowalska").In(taxonomy.Oncology).WithStatus(ExpertStatus.Active).Build();
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, Clock.UtcNow);
        engagement.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
        await SaveAsync([.. taxonomy.All, client, project, request, expert, engagement]);

        var refused = await EraseAsync(expert.Id, "Anna Kowalska", "Request by phone");

        refused.ShouldBe("This expert has 1 engagement in progress (proposed, offered, accepted or active). Withdraw, cancel or complete it before erasing.");
        (await ReadAsync(db => db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation))).FullName.ShouldBe("Anna Kowalska");
    }

    [Fact]
    public async Task Erasing_an_expert_whose_payout_statement_is_not_paid_yet_is_refused_and_changes_nothing()
    {
        var world = await SeedWorkedExpertAsync(paid: false);

        var refused = await EraseAsync(world.Expert.Id, "Anna Kowalska", "Request by email on 2026-03-20");

        refused.ShouldBe("This expert has 1 approved time entry not yet paid out on a payout statement. Issue and pay their statement before erasing.");
        (await ReadAsync(db => db.Experts.AsNoTracking().SingleAsync(e => e.Id == world.Expert.Id, Cancellation))).FullName.ShouldBe("Anna Kowalska");
    }

    [Fact]
    public async Task Erasing_needs_the_experts_name_typed_to_confirm()
    {
        var expert = new ExpertBuilder().Named("Anna Kowalska").Build();
        await SaveAsync(expert);

        var refused = await EraseAsync(expert.Id, "Anna", "Request by phone");

        refused.ShouldBe("Type the expert's full name, Anna Kowalska, exactly as shown to confirm the erasure.");
        (await ReadAsync(db => db.Experts.SingleAsync(Cancellation))).ErasedUtc.ShouldBeNull();
    }

    [Fact]
    public async Task An_erased_expert_is_not_erased_twice()
    {
        var expert = new ExpertBuilder().Named("Anna Kowalska").Build();
        await SaveAsync(expert);
        (await EraseAsync(expert.Id, "Anna Kowalska", "Request by phone")).ShouldBeNull();

        var again = await EraseAsync(expert.Id, Expert.ErasedName(expert.Id), "Request by phone");

        again.ShouldBe($"This expert's personal data was already erased on {Clock.Today:yyyy-MM-dd}.");
    }

    private sealed record WorkedExpert(Expert Expert, Credential Licence, string EvidenceKey, PayoutStatement Payout, Expert Other);

    /// <summary>An expert who worked an engagement that was invoiced and paid out, with a credential backed by an evidence file.</summary>
    private async Task<WorkedExpert> SeedWorkedExpertAsync(bool paid = true)
    {
        var (taxonomy, client, project, request) = Staffing();
        var expert = new ExpertBuilder().Named("Anna Kowalska").WithEmail("anna@example.org").Speaking("pl", "en").In(taxonomy.Oncology).WithStatus(ExpertStatus.Active).Build();
        expert.UpdateProfile("Anna Kowalska", "anna@example.org", "+48 600 100 200", "PL", "Europe/Warsaw", 12, null, "Prefers mornings");
        expert.AddBlackout(new DateRange(Clock.Today.AddDays(60), Clock.Today.AddDays(62)), "Congress");
        expert.SetEmployers(["Szpital Uniwersytecki w Krakowie"]);
        expert.SetRate(Activity.Review, new Money(150m, "EUR"), new DateRange(Clock.Today.AddDays(-30), null));
        var other = new ExpertBuilder().Named("Bob Brown").WithEmail("bob@example.org").In(taxonomy.Oncology).Build();

        var evidence = await App.RunAsync(services => services.Get<IFileStore>().SaveAsync("evidence", new MemoryStream(Encoding.UTF8.GetBytes("%PDF licence scan")), Cancellation));
        var licence = new CredentialBuilder(expert).Build();
        licence.AttachEvidence("licence-anna.pdf", "application/pdf", evidence.SizeBytes, evidence.Sha256, evidence.Key);

        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, Clock.UtcNow);
        engagement.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
        engagement.Accept("Anna Kowalska", true, "203.0.113.9", "Firefox", new string('c', 64), Clock.UtcNow);
        var workDay = request.Window.Start;
        var entry = TimeEntry.Log(engagement, null, workDay, Activity.Review, 6m, "Case reviews", Clock.UtcNow);
        entry.Approve("pm@example.org", Clock.UtcNow);
        engagement.Cancel("Project ended early", Clock.UtcNow);
        var period = new DateRange(workDay, workDay.AddDays(6));
        var payout = PayoutStatement.Draft(expert.Id, period, "USD", [new BillingLine("Case review", expert.Id, Activity.Review, 6m, 150m, "USD")], Clock.UtcNow);
        var invoice = Invoice.Draft(client, project, period, [new BillingLine("Case review", expert.Id, Activity.Review, 6m, 240m, "USD")], Clock.UtcNow);
        var series = NumberSeries.Start(NumberSeries.Invoices, Clock.Today.Year);
        invoice.Issue(series, Clock.Today, 30, Clock.UtcNow);
        var payouts = NumberSeries.Start(NumberSeries.Payouts, Clock.Today.Year);
        if (paid)
        {
            payout.Issue(payouts, Clock.Today, 14, Clock.UtcNow);
            payout.MarkPaid(Clock.Today, "Transfer 2026-0042", Clock.UtcNow);
        }

        await SaveAsync([.. taxonomy.All, client, project, request, expert, other, licence, engagement, entry, payout, series, payouts, invoice]);
        // The hours are on the payout statement, as the statement's claim puts them there.
        await ReadAsync(db => db.TimeEntries.Where(t => t.Id == entry.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.PayoutStatementId, payout.Id), Cancellation));
        return new WorkedExpert(expert, licence, evidence.Key, payout, other);
    }

    private static (TestTaxonomy Taxonomy, Client Client, Project Project, StaffingRequest Request) Staffing()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        return (taxonomy, client, project, new StaffingRequestBuilder(project, taxonomy.Oncology).Build());
    }

    private Task<ExpertPersonalData?> ExportAsync(Guid id) => App.RunAsync(services => services.Get<ExportExpertDataHandler>().HandleAsync(new ExportExpertDataQuery(id), Cancellation));

    /// <returns>Null when the data was erased, otherwise the refusal's sentence.</returns>
    private async Task<string?> EraseAsync(Guid id, string typedName, string reason)
    {
        try
        {
            await App.RunAsync(services => services.Get<EraseExpertHandler>().HandleAsync(new EraseExpertCommand(id, typedName, reason), Cancellation));
            return null;
        }
        catch (Refusal refusal)
        {
            return refusal.Message;
        }
    }
}
