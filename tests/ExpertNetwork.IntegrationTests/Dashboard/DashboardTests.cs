using ExpertNetwork.Application.Dashboard;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Dashboard;

public abstract class DashboardTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task The_dashboard_counts_experts_by_status()
    {
        var statuses = new[]
        {
            ExpertStatus.Applicant, ExpertStatus.Applicant, ExpertStatus.Applicant, ExpertStatus.Vetted, ExpertStatus.Vetted,
            ExpertStatus.Active, ExpertStatus.Active, ExpertStatus.Active, ExpertStatus.Active, ExpertStatus.Suspended,
        };
        await SaveAsync(statuses.Select(s => new ExpertBuilder().WithStatus(s).Build()).ToArray<object>());

        var dashboard = await DashboardAsync();

        dashboard.ExpertsByStatus.ShouldBe(new Dictionary<ExpertStatus, int>
        {
            [ExpertStatus.Applicant] = 3,
            [ExpertStatus.Vetted] = 2,
            [ExpertStatus.Active] = 4,
            [ExpertStatus.Suspended] = 1,
            [ExpertStatus.Archived] = 0,
        }, ignoreOrder: true);
        dashboard.TotalExperts.ShouldBe(10);
    }

    [Fact]
    public async Task Only_verified_credentials_expiring_within_the_next_30_days_are_flagged()
    {
        var today = Clock.Today;
        var soon = new ExpertBuilder().Named("Sam Soon").Build();
        var later = new ExpertBuilder().Named("Lou Later").Build();
        var lapsed = new ExpertBuilder().Named("Pat Past").Build();
        var tomorrow = new CredentialBuilder(soon).Expiring(today.AddDays(1)).Verified().Build();
        var inFourWeeks = new CredentialBuilder(soon).OfKind(CredentialKind.BoardCertification).Expiring(today.AddDays(29)).Verified().Build();
        var onDayThirty = new CredentialBuilder(later).OfKind(CredentialKind.Degree).Expiring(today.AddDays(30)).Verified().Build();
        await SaveAsync(soon, later, lapsed, tomorrow, inFourWeeks, onDayThirty,
            // Expiring today means expired today: it is no longer "expiring soon".
            new CredentialBuilder(lapsed).OfKind(CredentialKind.Degree).Expiring(today).Verified().Build(),
            new CredentialBuilder(later).Expiring(today.AddDays(31)).Verified().Build(),
            new CredentialBuilder(lapsed).Expiring(today.AddDays(-1)).Verified().Build(),
            new CredentialBuilder(lapsed).OfKind(CredentialKind.BoardCertification).Expiring(today.AddDays(5)).Build());

        var dashboard = await DashboardAsync();

        dashboard.CredentialsExpiringSoonCount.ShouldBe(3);
        dashboard.CredentialsExpiringSoon.Select(c => (c.CredentialId, c.ExpertName, c.ExpiresOn))
            .ShouldBe([(tomorrow.Id, "Sam Soon", today.AddDays(1)), (inFourWeeks.Id, "Sam Soon", today.AddDays(29)), (onDayThirty.Id, "Lou Later", today.AddDays(30))]);
        // The one expiring in five days is still awaiting verification: it is counted there instead.
        dashboard.CredentialsPendingVerification.ShouldBe(1);
    }

    [Fact]
    public async Task A_month_later_the_same_credentials_are_no_longer_expiring_soon_but_the_next_ones_are()
    {
        var expert = new ExpertBuilder().Build();
        await SaveAsync(expert,
            new CredentialBuilder(expert).Expiring(Clock.Today.AddDays(10)).Verified().Build(),
            new CredentialBuilder(expert).OfKind(CredentialKind.BoardCertification).Expiring(Clock.Today.AddDays(45)).Verified().Build());
        (await DashboardAsync()).CredentialsExpiringSoon.Select(c => c.ExpiresOn).ShouldBe([Clock.Today.AddDays(10)]);

        Clock.Advance(TimeSpan.FromDays(30));

        (await DashboardAsync()).CredentialsExpiringSoon.Select(c => c.ExpiresOn).ShouldBe([Clock.Today.AddDays(15)]);
    }

    [Fact]
    public async Task Open_staffing_requests_are_listed_oldest_first_with_their_project_and_seats()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var oncology = new ProjectBuilder(client).Named("Oncology reasoning evaluation").Build();
        var cardiology = new ProjectBuilder(client).Named("Cardiology triage review").Build();
        var reviewers = new StaffingRequestBuilder(oncology, taxonomy.Oncology).Titled("Hematologic oncology reviewers").OpenedAt(Clock.UtcNow.AddDays(-6)).Build();
        reviewers.TakeSeat(Clock.UtcNow.AddDays(-2));
        reviewers.TakeSeat(Clock.UtcNow.AddDays(-1));
        var triage = new StaffingRequestBuilder(cardiology, taxonomy.Cardiology).Titled("Cardiology triage").OpenedAt(Clock.UtcNow.AddDays(-2)).Build();
        var closed = new StaffingRequestBuilder(oncology, taxonomy.Oncology).Titled("Cancelled wave").OpenedAt(Clock.UtcNow.AddDays(-9)).Build();
        closed.Close("The client paused the program.", Clock.UtcNow.AddDays(-3));
        await SaveAsync([.. taxonomy.All, client, oncology, cardiology, triage, closed, reviewers]);

        var dashboard = await DashboardAsync();

        dashboard.OpenStaffingRequestCount.ShouldBe(2);
        dashboard.OpenStaffingRequests.Select(r => (r.Title, r.ProjectName, r.SeatsFilled, r.SeatsNeeded)).ShouldBe(
        [
            ("Hematologic oncology reviewers", "Oncology reasoning evaluation", 2, 10),
            ("Cardiology triage", "Cardiology triage review", 0, 10),
        ]);
        dashboard.ActiveProjects.ShouldBe(2);
        dashboard.ActiveClients.ShouldBe(1);
        (await ReadAsync(db => db.StaffingRequests.CountAsync(Cancellation))).ShouldBe(3);
    }

    private Task<DashboardView> DashboardAsync() => App.RunAsync(services => services.Get<GetDashboardHandler>().HandleAsync(Cancellation));
}
