using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Staffing;

public abstract class OfferDeadlinesTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly StaffingScenario _scenario = new();

    private Task<OfferDeadlinesResult> RunAsync() => App.RunAsync(s => s.Get<RunOfferDeadlinesHandler>().HandleAsync(Cancellation));

    private Task<Engagement> EngagementAsync(Guid id) => ReadAsync(db => db.Engagements.SingleAsync(e => e.Id == id, Cancellation));

    private Task<List<string>> SubjectsSentToAsync(string address) => ReadAsync(db =>
        db.OutboxMessages.Where(m => m.ToAddress == address).Select(m => m.Subject).ToListAsync(Cancellation));

    [Fact]
    public async Task An_offer_expires_once_its_deadline_has_passed_and_not_before()
    {
        var request = _scenario.Request().Build();
        var expert = new ExpertBuilder().Build();
        var offer = StaffingScenario.Offered(expert, request, Clock.UtcNow, Clock.UtcNow.AddHours(72));
        await SaveAsync([.. _scenario.Basics, request, expert, offer]);

        Clock.Advance(TimeSpan.FromHours(72));
        (await RunAsync()).Expired.ShouldBe(0);
        (await EngagementAsync(offer.Id)).Status.ShouldBe(EngagementStatus.Offered);

        Clock.Advance(TimeSpan.FromMinutes(1));
        (await RunAsync()).Expired.ShouldBe(1);
        (await RunAsync()).Expired.ShouldBe(0);

        var expired = await EngagementAsync(offer.Id);
        expired.Status.ShouldBe(EngagementStatus.Expired);
        expired.DecidedUtc!.Value.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        (await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == offer.Id.ToString() && e.Action == "Expired", Cancellation))).ShouldBe(1);
    }

    [Fact]
    public async Task The_reminder_goes_once_within_a_day_of_the_deadline_with_a_new_link()
    {
        var request = _scenario.Request().Build();
        var expert = new ExpertBuilder().WithEmail("remind@example.org").Build();
        var offer = StaffingScenario.Offered(expert, request, Clock.UtcNow, Clock.UtcNow.AddHours(72));
        var firstLink = offer.OfferLinkSha256;
        await SaveAsync([.. _scenario.Basics, request, expert, offer]);

        Clock.Advance(TimeSpan.FromHours(47));
        (await RunAsync()).Reminded.ShouldBe(0);
        (await SubjectsSentToAsync("remind@example.org")).ShouldBeEmpty();

        Clock.Advance(TimeSpan.FromHours(1));
        (await RunAsync()).Reminded.ShouldBe(1);
        Clock.Advance(TimeSpan.FromHours(1));
        (await RunAsync()).Reminded.ShouldBe(0);

        (await SubjectsSentToAsync("remind@example.org")).ShouldBe(["Reminder: your offer for Oncology reasoning evaluation ends soon"]);
        var reminded = await EngagementAsync(offer.Id);
        reminded.OfferRemindedUtc!.Value.ShouldBe(Clock.UtcNow.AddHours(-1), TimeSpan.FromMilliseconds(1));
        reminded.OfferLinkSha256.ShouldNotBe(firstLink);
        var text = await ReadAsync(db => db.OutboxMessages.Select(m => m.TextBody).SingleAsync(Cancellation));
        text.ShouldContain("https://app.expertnetwork.test/offers/");
        text.ShouldContain("150.00 USD");
        text.ShouldNotContain(_scenario.Client.Name);
    }

    [Fact]
    public async Task A_short_offer_is_reminded_at_half_its_response_time_and_an_expired_one_never()
    {
        var request = _scenario.Request().AnsweredWithin(6).Build();
        var quick = new ExpertBuilder().WithEmail("quick@example.org").Build();
        var late = new ExpertBuilder().WithEmail("late@example.org").Build();
        var shortOffer = StaffingScenario.Offered(quick, request, Clock.UtcNow);
        var lapsed = StaffingScenario.Offered(late, request, Clock.UtcNow.AddHours(-7));
        await SaveAsync([.. _scenario.Basics, request, quick, late, shortOffer, lapsed]);

        Clock.Advance(TimeSpan.FromHours(2));
        var early = await RunAsync();
        (early.Reminded, early.Expired).ShouldBe((0, 1));

        Clock.Advance(TimeSpan.FromHours(1));
        (await RunAsync()).Reminded.ShouldBe(1);

        (await SubjectsSentToAsync("quick@example.org")).ShouldHaveSingleItem();
        (await SubjectsSentToAsync("late@example.org")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_runs_racing_expire_and_remind_each_offer_once()
    {
        var request = _scenario.Request().Build();
        var experts = Enumerable.Range(0, 10).Select(i => new ExpertBuilder().WithEmail($"race{i}@example.org").Build()).ToList();
        var dueSoon = experts.Take(5).Select(e => StaffingScenario.Offered(e, request, Clock.UtcNow.AddHours(-60), Clock.UtcNow.AddHours(12))).ToList();
        var overdue = experts.Skip(5).Select(e => StaffingScenario.Offered(e, request, Clock.UtcNow.AddHours(-80), Clock.UtcNow.AddHours(-8))).ToList();
        await SaveAsync([.. _scenario.Basics, request, .. experts, .. dueSoon, .. overdue]);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await RunAsync();
            }
            catch (DbUpdateException)
            {
                return null; // the loser's batch rolled back whole: nothing it queued was kept
            }
        }, Cancellation)));
        var again = await RunAsync();

        (runs.Sum(r => r?.Reminded ?? 0) + again.Reminded).ShouldBe(5);
        (runs.Sum(r => r?.Expired ?? 0) + again.Expired).ShouldBe(5);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(5);
        (await ReadAsync(db => db.Engagements.CountAsync(e => e.Status == EngagementStatus.Expired, Cancellation))).ShouldBe(5);
        (await ReadAsync(db => db.Engagements.CountAsync(e => e.OfferRemindedUtc != null, Cancellation))).ShouldBe(5);
    }

    [Fact]
    public async Task Requests_with_auto_backfill_and_fewer_offers_out_than_open_seats_are_listed_after_expiry()
    {
        var short1 = _scenario.Request().Titled("Short").WithSeats(2).Build();
        var covered = _scenario.Request().Titled("Covered").WithSeats(1).Build();
        var manual = _scenario.Request().Titled("Manual").WithSeats(3).WithoutAutoBackfill().Build();
        var a = new ExpertBuilder().Build();
        var b = new ExpertBuilder().Build();
        await SaveAsync([.. _scenario.Basics, short1, covered, manual, a, b,
            StaffingScenario.Offered(a, short1, Clock.UtcNow.AddHours(-80), Clock.UtcNow.AddHours(-8)),
            StaffingScenario.Offered(b, covered, Clock.UtcNow.AddHours(-1))]);

        var result = await RunAsync();

        result.Expired.ShouldBe(1);
        result.RequestsShortOfOffers.ShouldBe([short1.Id]);
    }
}
