using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Staffing;

public abstract class EngagementChangesTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly StaffingScenario _scenario = new();

    private Task WithdrawAsync(Engagement e, int version, string? reason) =>
        App.RunAsync(s => s.Get<WithdrawOfferHandler>().HandleAsync(new WithdrawOfferCommand(e.StaffingRequestId, e.Id, version, reason), Cancellation));

    private Task CancelAsync(Engagement e, int version, string? reason) =>
        App.RunAsync(s => s.Get<CancelEngagementHandler>().HandleAsync(new CancelEngagementCommand(e.StaffingRequestId, e.Id, version, reason), Cancellation));

    private Task<Engagement> EngagementAsync(Guid id) => ReadAsync(db => db.Engagements.SingleAsync(e => e.Id == id, Cancellation));

    private Task<StaffingRequest> RequestAsync(Guid id) => ReadAsync(db => db.StaffingRequests.SingleAsync(r => r.Id == id, Cancellation));

    private Task<List<string>> SubjectsSentToAsync(string address) => ReadAsync(db =>
        db.OutboxMessages.Where(m => m.ToAddress == address).Select(m => m.Subject).ToListAsync(Cancellation));

    [Fact]
    public async Task Cancelling_an_accepted_engagement_frees_its_seat_reopens_the_filled_request_and_mails_the_expert()
    {
        var request = _scenario.Request().WithSeats(1).Build();
        var expert = new ExpertBuilder().WithEmail("cancelled@example.org").Build();
        var engagement = StaffingScenario.Accepted(expert, request, Clock.UtcNow.AddDays(-2), Clock.UtcNow.AddDays(-1));
        request.Status.ShouldBe(StaffingRequestStatus.Filled);
        await SaveAsync([.. _scenario.Basics, request, expert, engagement]);
        var saved = await EngagementAsync(engagement.Id);

        await CancelAsync(engagement, saved.Version, "The client postponed the study.");

        var cancelled = await EngagementAsync(engagement.Id);
        cancelled.Status.ShouldBe(EngagementStatus.Cancelled);
        cancelled.EndReason.ShouldBe("The client postponed the study.");
        var reopened = await RequestAsync(request.Id);
        (reopened.Status, reopened.SeatsFilled, reopened.FilledUtc).ShouldBe((StaffingRequestStatus.Open, 0, (DateTime?)null));
        (await SubjectsSentToAsync("cancelled@example.org")).ShouldBe(["Engagement cancelled: Oncology reasoning evaluation"]);
        var body = await ReadAsync(db => db.OutboxMessages.Select(m => m.TextBody).SingleAsync(Cancellation));
        body.ShouldContain("The client postponed the study.");
        body.ShouldContain(_scenario.Client.Name);
        (await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == request.Id.ToString() && e.Action == "Reopened", Cancellation))).ShouldBe(1);
    }

    [Fact]
    public async Task Withdrawing_an_offer_mails_the_expert_and_the_offer_can_no_longer_be_accepted()
    {
        var request = _scenario.Request().Build();
        var expert = new ExpertBuilder().WithEmail("withdrawn@example.org").Build();
        var engagement = StaffingScenario.Offered(expert, request, Clock.UtcNow.AddHours(-5));
        await SaveAsync([.. _scenario.Basics, request, expert, engagement]);

        await WithdrawAsync(engagement, (await EngagementAsync(engagement.Id)).Version, "The client reduced the panel.");

        var withdrawn = await EngagementAsync(engagement.Id);
        withdrawn.Status.ShouldBe(EngagementStatus.Withdrawn);
        (await SubjectsSentToAsync("withdrawn@example.org")).ShouldBe(["Offer withdrawn: Oncology reasoning evaluation"]);
        // The project is confidential and the expert never accepted: the client is not named to them.
        var withdrawnBody = await ReadAsync(db => db.OutboxMessages.Select(m => m.TextBody).SingleAsync(Cancellation));
        withdrawnBody.ShouldNotContain(_scenario.Client.Name);
        withdrawnBody.ShouldContain(ExpertNetwork.Application.Engagements.OfferDisclosure.ConfidentialClient);
        Should.Throw<Refusal>(() => withdrawn.Accept(expert.FullName, true, null, null, new string('a', 64), Clock.UtcNow))
            .Message.ShouldBe("This engagement is withdrawn, so it cannot be accepted.");
        (await RequestAsync(request.Id)).SeatsFilled.ShouldBe(0);
    }

    [Fact]
    public async Task Withdrawing_a_proposal_that_never_went_out_mails_nobody()
    {
        var request = _scenario.Request().Build();
        var expert = new ExpertBuilder().WithEmail("proposed@example.org").Build();
        var proposed = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 3, Clock.UtcNow);
        await SaveAsync([.. _scenario.Basics, request, expert, proposed]);

        await WithdrawAsync(proposed, (await EngagementAsync(proposed.Id)).Version, "Not needed after all.");

        (await EngagementAsync(proposed.Id)).Status.ShouldBe(EngagementStatus.Withdrawn);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task The_wrong_state_a_missing_reason_and_a_stale_version_are_refused_and_change_nothing()
    {
        var request = _scenario.Request().Build();
        var offeredExpert = new ExpertBuilder().Build();
        var acceptedExpert = new ExpertBuilder().Build();
        var offered = StaffingScenario.Offered(offeredExpert, request, Clock.UtcNow.AddHours(-1));
        var accepted = StaffingScenario.Accepted(acceptedExpert, request, Clock.UtcNow.AddDays(-1), Clock.UtcNow.AddHours(-2));
        await SaveAsync([.. _scenario.Basics, request, offeredExpert, acceptedExpert, offered, accepted]);
        var offeredVersion = (await EngagementAsync(offered.Id)).Version;
        var acceptedVersion = (await EngagementAsync(accepted.Id)).Version;

        (await Should.ThrowAsync<Refusal>(() => CancelAsync(offered, offeredVersion, "Wrong button")))
            .Message.ShouldBe("This engagement is offered, so it cannot be cancelled.");
        (await Should.ThrowAsync<Refusal>(() => WithdrawAsync(accepted, acceptedVersion, "Wrong button")))
            .Message.ShouldBe("This engagement is accepted, so it cannot be withdrawn.");
        (await Should.ThrowAsync<Refusal>(() => CancelAsync(accepted, acceptedVersion, "  "))).Message.ShouldContain("reason");
        (await Should.ThrowAsync<Refusal>(() => CancelAsync(accepted, acceptedVersion - 1, "Late")))
            .Message.ShouldContain("changed by someone else");
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s =>
            s.Get<CancelEngagementHandler>().HandleAsync(new CancelEngagementCommand(Guid.NewGuid(), accepted.Id, acceptedVersion, "Other request"), Cancellation)));

        (await EngagementAsync(offered.Id)).Status.ShouldBe(EngagementStatus.Offered);
        (await EngagementAsync(accepted.Id)).Status.ShouldBe(EngagementStatus.Accepted);
        (await RequestAsync(request.Id)).SeatsFilled.ShouldBe(1);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task Closing_a_request_withdraws_its_open_offers_tells_those_experts_and_keeps_accepted_engagements()
    {
        var request = _scenario.Request().Build();
        var waiting = new ExpertBuilder().WithEmail("waiting@example.org").Build();
        var working = new ExpertBuilder().WithEmail("working@example.org").Build();
        var offered = StaffingScenario.Offered(waiting, request, Clock.UtcNow.AddHours(-3));
        var accepted = StaffingScenario.Accepted(working, request, Clock.UtcNow.AddDays(-1), Clock.UtcNow.AddHours(-2));
        await SaveAsync([.. _scenario.Basics, request, waiting, working, offered, accepted]);
        var version = (await RequestAsync(request.Id)).Version;

        var withdrawn = await App.RunAsync(s => s.Get<CloseStaffingRequestHandler>().HandleAsync(new CloseStaffingRequestCommand(request.Id, version, "The client has enough reviewers."), Cancellation));

        withdrawn.ShouldBe(1);
        (await RequestAsync(request.Id)).Status.ShouldBe(StaffingRequestStatus.Closed);
        (await EngagementAsync(offered.Id)).Status.ShouldBe(EngagementStatus.Withdrawn);
        (await EngagementAsync(accepted.Id)).Status.ShouldBe(EngagementStatus.Accepted);
        (await SubjectsSentToAsync("waiting@example.org")).ShouldHaveSingleItem();
        (await SubjectsSentToAsync("working@example.org")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_project_ends_only_once_its_staffing_requests_are_closed()
    {
        var request = _scenario.Request().Build();
        await SaveAsync([.. _scenario.Basics, request]);
        var projectVersion = await ReadAsync(db => db.Projects.Where(p => p.Id == _scenario.Project.Id).Select(p => p.Version).SingleAsync(Cancellation));

        (await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<EndProjectHandler>().HandleAsync(new CancelProjectCommand(_scenario.Project.Id, projectVersion, "Budget cut"), Cancellation))))
            .Message.ShouldContain("still open or filled");
        var requestVersion = (await RequestAsync(request.Id)).Version;
        await App.RunAsync(s => s.Get<CloseStaffingRequestHandler>().HandleAsync(new CloseStaffingRequestCommand(request.Id, requestVersion, "Budget cut"), Cancellation));
        await App.RunAsync(s => s.Get<EndProjectHandler>().HandleAsync(new CancelProjectCommand(_scenario.Project.Id, projectVersion, "Budget cut"), Cancellation));

        var project = await ReadAsync(db => db.Projects.SingleAsync(p => p.Id == _scenario.Project.Id, Cancellation));
        (project.Status, project.StatusReason).ShouldBe((ProjectStatus.Cancelled, "Budget cut"));
    }
}
