using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Persistence;

/// <summary>What is saved comes back the same: the values the portable model stores in a provider-neutral form included.</summary>
public abstract class RoundTripTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task Money_and_hours_come_back_to_the_last_decimal_place()
    {
        var (taxonomy, client, project) = Basics();
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology).PayingAtMost(new Money(180.1234m, "usd")).WithHoursPerWeek(0.25m).Build();
        var expert = new ExpertBuilder().WithWeeklyCapacity(0.25m).Build();
        expert.SetRate(Activity.Review, new Money(99_999.9999m, "USD"), new DateRange(Clock.Today, null));
        await SaveAsync([.. taxonomy.All, client, project, request, expert]);

        var storedRequest = await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation));
        storedRequest.MaxHourlyPayRate.ShouldBe(new Money(180.1234m, "USD"));
        storedRequest.HoursPerWeek.ShouldBe(0.25m);
        var storedExpert = await ReadAsync(db => db.Experts.Include(e => e.Rates).SingleAsync(Cancellation));
        storedExpert.WeeklyCapacityHours.ShouldBe(0.25m);
        storedExpert.RateOn(Activity.Review, Clock.Today).ShouldBe(new Money(99_999.9999m, "USD"));
        (await ReadAsync(db => db.Projects.SingleAsync(Cancellation))).Budget.ShouldBe(new Money(450_000m, "USD"));
        (await ReadAsync(db => db.Clients.SingleAsync(Cancellation))).VatRate.ShouldBe(0.2m);
    }

    [Fact]
    public async Task Instants_come_back_as_UTC_to_the_microsecond()
    {
        var expert = new ExpertBuilder().RegisteredAt(Clock.UtcNow).Build();
        await SaveAsync(expert);

        var stored = await ReadAsync(db => db.Experts.SingleAsync(Cancellation));
        stored.CreatedUtc.Kind.ShouldBe(DateTimeKind.Utc);
        // Every supported database keeps at least microseconds; PostgreSQL keeps no more.
        (stored.CreatedUtc.Ticks / 10).ShouldBe(Clock.UtcNow.Ticks / 10);
        var recorded = await ReadAsync(db => db.AuditEvents.Select(e => e.OccurredUtc).FirstAsync(Cancellation));
        recorded.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Calendar_days_and_wall_clock_times_come_back_unchanged()
    {
        var (taxonomy, client, project) = Basics();
        var startDate = Clock.Today.AddDays(9);
        var sprint = AnnotationSprint.Schedule(project, "Hematology sprint", startDate, new TimeOnly(9, 30, 15), startDate.AddDays(4), new TimeOnly(17, 45),
            120m, "https://guidelines.example/hematology", Clock.UtcNow);
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology).Build();
        await SaveAsync([.. taxonomy.All, client, project, sprint, request]);

        var storedSprint = await ReadAsync(db => db.Sprints.SingleAsync(Cancellation));
        storedSprint.StartDate.ShouldBe(startDate);
        storedSprint.StartTime.ShouldBe(new TimeOnly(9, 30, 15));
        storedSprint.EndDate.ShouldBe(startDate.AddDays(4));
        storedSprint.EndTime.ShouldBe(new TimeOnly(17, 45));
        storedSprint.StartUtc.ShouldBe(sprint.StartUtc);
        storedSprint.StartUtc.Kind.ShouldBe(DateTimeKind.Utc);
        var storedRequest = await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation));
        storedRequest.Window.ShouldBe(request.Window);
    }

    [Fact]
    public async Task Lists_stored_in_a_column_come_back_in_order()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Restricting("Contoso Pharmaceuticals", "Fabrikam Oncology Ltd", "Zürich Ärzte AG \"Nord\"").Build();
        var project = new ProjectBuilder(client).Build();
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology)
            .AlsoCovering(taxonomy.HematologicOncology, taxonomy.Cardiology)
            .Requiring(CredentialKind.MedicalLicense, CredentialKind.BoardCertification)
            .InLanguages("en", "DE", "pl")
            .Build();
        await SaveAsync([.. taxonomy.All, client, project, request]);

        var stored = await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation));
        stored.Languages.ShouldBe(["en", "de", "pl"]);
        stored.RequiredCredentialKinds.ShouldBe([CredentialKind.MedicalLicense, CredentialKind.BoardCertification]);
        stored.SubspecialtyIds.ShouldBe([taxonomy.HematologicOncology.Id, taxonomy.Cardiology.Id]);
        (await ReadAsync(db => db.Clients.SingleAsync(Cancellation))).RestrictedCompanies
            .ShouldBe(["Contoso Pharmaceuticals", "Fabrikam Oncology Ltd", "Zürich Ärzte AG \"Nord\""]);
    }

    [Fact]
    public async Task Requests_can_be_filtered_and_sorted_by_their_pay_cap_in_the_database()
    {
        var (taxonomy, client, project) = Basics();
        var cheap = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Cheap").PayingAtMost(new Money(180.1234m, "USD")).Build();
        var atCap = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("At cap").PayingAtMost(new Money(200m, "USD")).Build();
        var dear = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Dear").PayingAtMost(new Money(200.0001m, "USD")).Build();
        await SaveAsync([.. taxonomy.All, client, project, dear, cheap, atCap]);

        var affordable = await ReadAsync(db => db.StaffingRequests
            .Where(r => r.MaxHourlyPayRate.Amount <= 200m)
            .OrderByDescending(r => r.MaxHourlyPayRate.Amount)
            .Select(r => r.Title)
            .ToListAsync(Cancellation));

        affordable.ShouldBe(["At cap", "Cheap"]);
    }

    [Fact]
    public async Task An_issued_invoice_comes_back_with_its_number_lines_and_totals()
    {
        var (taxonomy, client, project) = Basics();
        var expert = new ExpertBuilder().Build();
        var invoice = Invoice.Draft(client, project, new DateRange(Clock.Today.AddDays(-14), Clock.Today.AddDays(-1)),
        [
            new BillingLine("Oncology case review", expert.Id, Activity.Review, 0.25m, 180.1234m, "USD"),
            new BillingLine("Annotation of treatment plans", expert.Id, Activity.Annotation, 12.5m, 260m, "USD"),
        ], Clock.UtcNow);
        var series = NumberSeries.Start(NumberSeries.Invoices, Clock.Today.Year);
        invoice.Issue(series, Clock.Today, 30, Clock.UtcNow);
        await SaveAsync([.. taxonomy.All, client, project, expert, series, invoice]);

        var stored = await ReadAsync(db => db.Invoices.SingleAsync(Cancellation));
        stored.Number.ShouldBe($"INV-{Clock.Today.Year}-000001");
        stored.Status.ShouldBe(DocumentStatus.Issued);
        stored.IssueDate.ShouldBe(Clock.Today);
        stored.DueDate.ShouldBe(Clock.Today.AddDays(30));
        stored.Lines.Count.ShouldBe(2);
        var review = stored.Lines.Single(l => l.Activity == Activity.Review);
        review.Hours.ShouldBe(0.25m);
        review.UnitPrice.ShouldBe(180.1234m);
        review.Amount.ShouldBe(45.03m);
        review.ExpertId.ShouldBe(expert.Id);
        stored.Lines.Single(l => l.Activity == Activity.Annotation).Amount.ShouldBe(3250m);
        stored.SubtotalMoney.ShouldBe(new Money(3295.03m, "USD"));
        stored.TaxAmount.ShouldBe(659.01m);
        stored.TotalMoney.ShouldBe(new Money(3954.04m, "USD"));
        (await ReadAsync(db => db.NumberSeries.SingleAsync(Cancellation))).LastNumber.ShouldBe(1);
    }

    private static (TestTaxonomy Taxonomy, Client Client, Project Project) Basics()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        return (taxonomy, client, new ProjectBuilder(client).Build());
    }
}
