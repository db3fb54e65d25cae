using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Dashboard;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

public abstract class StaffingFiguresTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly StaffingScenario _scenario = new();

    [Fact]
    public async Task A_requests_funnel_counts_what_became_of_its_offers_and_how_long_it_took()
    {
        var opened = Clock.UtcNow.AddDays(-5);
        var request = _scenario.Request().WithSeats(2).OpenedAt(opened).Build();
        var experts = Enumerable.Range(0, 6).Select(i => new ExpertBuilder().Named($"Expert {i}").Build()).ToList();
        var first = StaffingScenario.Accepted(experts[0], request, opened.AddHours(1), opened.AddHours(10));
        first.MarkOfferOpened(opened.AddHours(2));
        var declined = StaffingScenario.Offered(experts[1], request, opened.AddHours(1));
        declined.MarkOfferOpened(opened.AddHours(3));
        declined.Decline("Too busy", opened.AddHours(4));
        var expired = StaffingScenario.Offered(experts[2], request, opened.AddHours(1), opened.AddHours(20));
        expired.ExpireIfDue(opened.AddHours(21));
        var withdrawn = StaffingScenario.Offered(experts[3], request, opened.AddHours(1));
        withdrawn.Withdraw("Panel reduced", opened.AddHours(5));
        var waiting = StaffingScenario.Offered(experts[4], request, Clock.UtcNow.AddHours(-1));
        var proposedOnly = Engagement.Propose(experts[5].Id, request, new Dictionary<ExpertNetwork.Domain.Common.Activity, ExpertNetwork.Domain.Common.Money> { [ExpertNetwork.Domain.Common.Activity.Review] = new(150m, "USD") }, 9, Clock.UtcNow);
        await SaveAsync([.. _scenario.Basics, request, .. experts, first, declined, expired, withdrawn, waiting, proposedOnly]);

        var detail = (await App.RunAsync(s => s.Get<GetStaffingRequestHandler>().HandleAsync(new GetStaffingRequestQuery(request.Id), Cancellation)))!;

        detail.Funnel.ShouldBe(new StaffingFunnel(Sent: 5, Opened: 2, Awaiting: 1, Accepted: 1, Declined: 1, Expired: 1, Withdrawn: 1, Cancelled: 0));
        detail.Times.TimeToFirstAccept!.Value.ShouldBe(TimeSpan.FromHours(10), TimeSpan.FromMilliseconds(1));
        detail.Times.TimeToStaff.ShouldBeNull();
        detail.Times.TimeOpen.ShouldBe(TimeSpan.FromDays(5), TimeSpan.FromMilliseconds(1));
        detail.Request.SeatsFilled.ShouldBe(1);
        detail.Engagements.Count.ShouldBe(6);
        detail.Engagements[0].Status.ShouldBe(EngagementStatus.Offered);
        detail.Engagements.Single(e => e.Status == EngagementStatus.Accepted).HourlyRate.ShouldBe(150m);
        (await App.RunAsync(s => s.Get<GetStaffingRequestHandler>().HandleAsync(new GetStaffingRequestQuery(Guid.NewGuid()), Cancellation))).ShouldBeNull();
    }

    [Fact]
    public async Task Project_and_dashboard_figures_add_up_the_requests_and_take_medians_over_filled_ones()
    {
        var fastOpened = Clock.UtcNow.AddDays(-10);
        var fast = _scenario.Request().Titled("Fast").WithSeats(1).OpenedAt(fastOpened).Build();
        var slowOpened = Clock.UtcNow.AddDays(-9);
        var slow = _scenario.Request().Titled("Slow").WithSeats(2).OpenedAt(slowOpened).Build();
        var open = _scenario.Request().Titled("Open").WithSeats(3).Build();
        var experts = Enumerable.Range(0, 5).Select(_ => new ExpertBuilder().Build()).ToList();
        var rows = new List<object>
        {
            StaffingScenario.Accepted(experts[0], fast, fastOpened.AddHours(1), fastOpened.AddHours(4)),
            StaffingScenario.Accepted(experts[1], slow, slowOpened.AddHours(1), slowOpened.AddHours(20)),
            StaffingScenario.Accepted(experts[2], slow, slowOpened.AddHours(1), slowOpened.AddHours(40)),
            StaffingScenario.Offered(experts[3], open, Clock.UtcNow.AddHours(-60), Clock.UtcNow.AddHours(12)),
            StaffingScenario.Offered(experts[4], open, Clock.UtcNow.AddHours(-1), Clock.UtcNow.AddHours(71)),
        };
        await SaveAsync([.. _scenario.Basics, fast, slow, open, .. experts, .. rows]);

        var project = await App.RunAsync(s => s.Get<GetProjectStaffingHandler>().HandleAsync(new GetProjectStaffingQuery(_scenario.Project.Id), Cancellation));
        var dashboard = await App.RunAsync(s => s.Get<GetDashboardHandler>().HandleAsync(Cancellation));

        project.Requests.Select(r => r.Request.Title).First().ShouldBe("Open");
        project.Totals.ShouldBe(new StaffingFunnel(5, 0, 2, 3, 0, 0, 0, 0));
        (project.SeatsFilled, project.SeatsNeeded).ShouldBe((3, 6));
        project.Medians.ShouldBe(new StaffingMedians(2, TimeSpan.FromHours(12), TimeSpan.FromHours(22)));
        dashboard.OffersOut.ShouldBe(2);
        dashboard.OffersExpiringWithinADay.ShouldBe(1);
        dashboard.ProjectFunnels.ShouldHaveSingleItem().Funnel.ShouldBe(project.Totals);
        dashboard.StaffingMedians.ShouldBe(project.Medians);
    }

    [Fact]
    public async Task Engagements_are_listed_by_project_and_status_a_page_at_a_time()
    {
        var request = _scenario.Request().Build();
        var experts = Enumerable.Range(0, 3).Select(_ => new ExpertBuilder().Build()).ToList();
        var declined = StaffingScenario.Offered(experts[2], request, Clock.UtcNow.AddHours(-3));
        declined.Decline(null, Clock.UtcNow.AddHours(-2));
        await SaveAsync([.. _scenario.Basics, request, .. experts,
            StaffingScenario.Offered(experts[0], request, Clock.UtcNow.AddHours(-2)), StaffingScenario.Offered(experts[1], request, Clock.UtcNow.AddHours(-1)), declined]);

        Task<PagedResult<EngagementListItem>> ListAsync(Guid? projectId, EngagementStatus? status, int page, int size) =>
            App.RunAsync(s => s.Get<ListEngagementsHandler>().HandleAsync(new ListEngagementsQuery(projectId, status, page, size), Cancellation));

        var offered = await ListAsync(_scenario.Project.Id, EngagementStatus.Offered, 1, 1);
        (offered.TotalCount, offered.Items.Single().ExpertId).ShouldBe((2, experts[1].Id));
        (await ListAsync(_scenario.Project.Id, EngagementStatus.Offered, 2, 1)).Items.Single().ExpertId.ShouldBe(experts[0].Id);
        (await ListAsync(null, EngagementStatus.Declined, 1, 10)).Items.Single().HourlyRate.ShouldBe(150m);
        (await ListAsync(Guid.NewGuid(), null, 1, 10)).TotalCount.ShouldBe(0);
    }
}
