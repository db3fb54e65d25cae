using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

public abstract class StaffingBoardTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private Task<StaffingBoardView> BoardAsync(StaffingRequestStatus? status) =>
        App.RunAsync(s => s.Get<GetStaffingBoardHandler>().HandleAsync(new GetStaffingBoardQuery(status), Cancellation));

    private static Engagement Offered(Expert expert, StaffingRequest request, DateTime now)
    {
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, now);
        engagement.Offer(now.AddDays(3), now);
        return engagement;
    }

    [Fact]
    public async Task The_board_shows_open_requests_oldest_first_with_seats_offers_out_and_client()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Named("Oncology reasoning evaluation").Build();
        var older = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Older").OpenedAt(Clock.UtcNow.AddDays(-6)).Build();
        older.TakeSeat(Clock.UtcNow.AddDays(-1));
        older.TakeSeat(Clock.UtcNow.AddDays(-1));
        var newer = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Newer").OpenedAt(Clock.UtcNow.AddDays(-2)).Build();
        var a = new ExpertBuilder().Build();
        var b = new ExpertBuilder().Build();
        var c = new ExpertBuilder().Build();
        var declined = Offered(c, older, Clock.UtcNow.AddDays(-1));
        declined.Decline("Too busy", Clock.UtcNow);
        await SaveAsync([.. taxonomy.All, client, project, older, newer, a, b, c,
            Offered(a, older, Clock.UtcNow.AddDays(-1)), Offered(b, older, Clock.UtcNow.AddDays(-1)), Offered(a, newer, Clock.UtcNow.AddDays(-1)), declined]);

        var board = await BoardAsync(StaffingRequestStatus.Open);

        board.Rows.Select(r => (r.Title, r.ProjectName, r.ClientName, r.SeatsFilled, r.SeatsNeeded, r.OffersOut, r.PercentFilled)).ShouldBe(
        [
            ("Older", "Oncology reasoning evaluation", client.Name, 2, 10, 2, 20),
            ("Newer", "Oncology reasoning evaluation", client.Name, 0, 10, 1, 0),
        ]);
        board.Counts[StaffingRequestStatus.Open].ShouldBe(2);
        board.Counts[StaffingRequestStatus.Filled].ShouldBe(0);
        board.Rows.ShouldAllBe(r => r.TimeToStaff == null);
    }

    [Fact]
    public async Task A_filled_request_shows_its_time_to_staff_and_leaves_the_open_list()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Filled fast").OpenedAt(Clock.UtcNow.AddDays(-3)).Build();
        for (var seat = 0; seat < request.SeatsNeeded; seat++)
            request.TakeSeat(Clock.UtcNow.AddDays(-1));
        var closed = new StaffingRequestBuilder(project, taxonomy.Oncology).Titled("Paused").OpenedAt(Clock.UtcNow.AddDays(-9)).Build();
        closed.Close("The client paused the program.", Clock.UtcNow.AddDays(-3));
        await SaveAsync([.. taxonomy.All, client, project, request, closed]);

        (await BoardAsync(StaffingRequestStatus.Open)).Rows.ShouldBeEmpty();
        var filled = (await BoardAsync(StaffingRequestStatus.Filled)).Rows.ShouldHaveSingleItem();
        filled.Title.ShouldBe("Filled fast");
        filled.PercentFilled.ShouldBe(100);
        filled.TimeToStaff.ShouldBe(TimeSpan.FromDays(2));
        var all = await BoardAsync(null);
        all.Rows.Select(r => r.Title).ShouldBe(["Filled fast", "Paused"]);
        all.Counts.ShouldBe(new Dictionary<StaffingRequestStatus, int> { [StaffingRequestStatus.Open] = 0, [StaffingRequestStatus.Filled] = 1, [StaffingRequestStatus.Closed] = 1 }, ignoreOrder: true);
    }
}
