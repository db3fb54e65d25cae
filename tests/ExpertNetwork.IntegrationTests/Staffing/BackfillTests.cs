using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Staffing;

/// <summary>
/// Auto-backfill after the offer deadline run: the next wave goes to the next-ranked fitting experts, and the program
/// manager is told once when nobody is left. Experts fit the default request (oncology review, licence, English, master
/// NDA, 200 USD/h); seniority decides their rank.
/// </summary>
public abstract class BackfillTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string ProgramManager = "pm.backfill@example.org";
    private readonly StaffingScenario _scenario = new();
    private readonly NdaTemplate _master = NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "# Confidentiality\n\nKeep client data confidential.", 24, TestClock.Start.AddDays(-200));

    private StaffingRequest Request(int seats, int wave) => _scenario.Request().WithSeats(seats).InWavesOf(wave).OpenedBy(ProgramManager).Build();

    /// <summary>An active oncologist who fits the request, with their licence and a signed master NDA.</summary>
    private List<object> Fitting(string email, int years, out Expert expert)
    {
        expert = new ExpertBuilder().Named(email.Split('@')[0]).WithEmail(email).WithStatus(ExpertStatus.Active).In(_scenario.Taxonomy.Oncology)
            .Speaking("en").WithWeeklyCapacity(20m).WithYearsOfExperience(years).Build();
        expert.SetRate(Activity.Review, new Money(200m, "USD"), new DateRange(new DateOnly(2026, 1, 1), null));
        var signedUtc = Clock.UtcNow.AddDays(-30);
        var nda = NdaAgreement.Send(expert.Id, _master, null, signedUtc.AddDays(14), signedUtc.AddDays(-1));
        nda.Sign(expert.FullName, consent: true, "203.0.113.9", "Mozilla/5.0", new string('a', 64), signedUtc);
        return [expert, new CredentialBuilder(expert).Verified().Build(), nda];
    }

    /// <summary>The offer deadline run, then backfill on the requests it reports, as the job does.</summary>
    private async Task<BackfillResult> RunJobAsync()
    {
        var deadlines = await App.RunAsync(s => s.Get<RunOfferDeadlinesHandler>().HandleAsync(Cancellation));
        return await App.RunAsync(s => s.Get<BackfillStaffingHandler>().HandleAsync(new BackfillStaffingCommand(deadlines.RequestsShortOfOffers), Cancellation));
    }

    private Task<List<(string Email, EngagementStatus Status)>> EngagementsAsync(Guid requestId) => ReadAsync(async db =>
        (await db.Engagements.Where(e => e.StaffingRequestId == requestId)
            .Join(db.Experts, e => e.ExpertId, x => x.Id, (e, x) => new { x.Email, e.Status })
            .ToListAsync(Cancellation))
        .Select(x => (x.Email, x.Status)).OrderBy(x => x.Email, StringComparer.Ordinal).ToList());

    private Task<List<string>> SubjectsSentToAsync(string address) => ReadAsync(db =>
        db.OutboxMessages.Where(m => m.ToAddress == address).Select(m => m.Subject).ToListAsync(Cancellation));

    [Fact]
    public async Task An_expired_offer_makes_room_for_the_next_wave_from_the_top_of_the_ranking()
    {
        var request = Request(seats: 2, wave: 2);
        var first = Fitting("first@example.org", 35, out var firstExpert);
        var top = Fitting("top@example.org", 30, out _);
        var second = Fitting("second@example.org", 20, out _);
        var third = Fitting("third@example.org", 10, out _);
        var expiring = StaffingScenario.Offered(firstExpert, request, Clock.UtcNow.AddHours(-80), Clock.UtcNow.AddHours(-8));
        await SaveAsync([.. _scenario.Basics, _master, request, .. first, .. top, .. second, .. third, expiring]);

        var result = await RunJobAsync();

        result.OffersSent.ShouldBe(2);
        (await EngagementsAsync(request.Id)).ShouldBe(
        [
            ("first@example.org", EngagementStatus.Expired),
            ("second@example.org", EngagementStatus.Offered),
            ("top@example.org", EngagementStatus.Offered),
        ]);
        (await SubjectsSentToAsync("top@example.org")).ShouldHaveSingleItem().ShouldStartWith("Engagement offer");
        (await SubjectsSentToAsync("third@example.org")).ShouldBeEmpty();
        // Two offers out for two open seats: nothing more goes until one is answered.
        (await RunJobAsync()).OffersSent.ShouldBe(0);
    }

    [Fact]
    public async Task The_wave_is_no_larger_than_the_seats_the_awaiting_offers_cannot_fill()
    {
        var request = Request(seats: 3, wave: 10);
        var early = Fitting("early@example.org", 40, out var earlyExpert);
        var declined = Fitting("declined@example.org", 39, out var declinedExpert);
        var rows = new List<object>();
        for (var i = 0; i < 5; i++)
            rows.AddRange(Fitting($"candidate{i}@example.org", 20 - i, out _));
        var waiting = StaffingScenario.Offered(earlyExpert, request, Clock.UtcNow.AddHours(-10));
        var no = StaffingScenario.Offered(declinedExpert, request, Clock.UtcNow.AddHours(-10));
        no.Decline("Busy", Clock.UtcNow.AddHours(-9));
        await SaveAsync([.. _scenario.Basics, _master, request, .. early, .. declined, .. rows, waiting, no]);

        (await RunJobAsync()).OffersSent.ShouldBe(2);

        var offered = (await EngagementsAsync(request.Id)).Where(e => e.Status == EngagementStatus.Offered).Select(e => e.Email).ToList();
        offered.ShouldBe(["candidate0@example.org", "candidate1@example.org", "early@example.org"]);
    }

    [Fact]
    public async Task A_request_whose_first_wave_has_not_gone_out_or_without_auto_backfill_gets_nothing()
    {
        var untouched = Request(seats: 2, wave: 2);
        var manual = _scenario.Request().Titled("Manual waves").WithSeats(2).WithoutAutoBackfill().Build();
        var gone = Fitting("gone@example.org", 30, out var goneExpert);
        var spare = Fitting("spare@example.org", 20, out _);
        var expired = StaffingScenario.Offered(goneExpert, manual, Clock.UtcNow.AddHours(-80), Clock.UtcNow.AddHours(-8));
        await SaveAsync([.. _scenario.Basics, _master, untouched, manual, .. gone, .. spare, expired]);

        var result = await RunJobAsync();

        result.OffersSent.ShouldBe(0);
        result.Exhausted.ShouldBe(0);
        (await EngagementsAsync(untouched.Id)).ShouldBeEmpty();
        (await EngagementsAsync(manual.Id)).ShouldBe([("gone@example.org", EngagementStatus.Expired)]);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task When_nobody_is_left_the_program_manager_is_told_once_until_offers_go_out_and_run_out_again()
    {
        var request = Request(seats: 1, wave: 3);
        var only = Fitting("only@example.org", 30, out var onlyExpert);
        var declined = StaffingScenario.Offered(onlyExpert, request, Clock.UtcNow.AddHours(-10));
        declined.Decline("Not this time", Clock.UtcNow.AddHours(-9));
        await SaveAsync([.. _scenario.Basics, _master, request, .. only, declined]);

        (await RunJobAsync()).Exhausted.ShouldBe(1);
        (await RunJobAsync()).Exhausted.ShouldBe(0);

        var told = (await SubjectsSentToAsync(ProgramManager)).ShouldHaveSingleItem();
        told.ShouldBe("No candidates left: Oncology reviewers");
        var body = await ReadAsync(db => db.OutboxMessages.Where(m => m.ToAddress == ProgramManager).Select(m => m.TextBody).SingleAsync(Cancellation));
        body.ShouldContain("1 of 1 seats");
        body.ShouldContain($"https://app.expertnetwork.test/staffing/{request.Id}");
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(r => r.Id == request.Id, Cancellation))).CandidatesExhaustedUtc.ShouldNotBeNull();
        (await App.RunAsync(s => s.Get<GetStaffingRequestHandler>().SummaryAsync(new GetStaffingRequestQuery(request.Id), Cancellation)))!.Request.CandidatesExhaustedUtc.ShouldNotBeNull();

        // A newly vetted expert fits: the next run offers them the seat, and running out again is news again.
        await SaveAsync([.. Fitting("newcomer@example.org", 12, out _)]);
        (await RunJobAsync()).OffersSent.ShouldBe(1);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(r => r.Id == request.Id, Cancellation))).CandidatesExhaustedUtc.ShouldBeNull();
        Clock.Advance(TimeSpan.FromHours(73));
        (await RunJobAsync()).Exhausted.ShouldBe(1);
        (await SubjectsSentToAsync(ProgramManager)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Two_runs_at_once_send_one_wave_and_no_expert_gets_two_offers()
    {
        var request = Request(seats: 2, wave: 2);
        var gone = Fitting("gone@example.org", 40, out var goneExpert);
        var a = Fitting("a@example.org", 30, out _);
        var b = Fitting("b@example.org", 20, out _);
        var c = Fitting("c@example.org", 10, out _);
        var expired = StaffingScenario.Offered(goneExpert, request, Clock.UtcNow.AddHours(-80), Clock.UtcNow.AddHours(-8));
        await SaveAsync([.. _scenario.Basics, _master, request, .. gone, .. a, .. b, .. c, expired]);
        await App.RunAsync(s => s.Get<RunOfferDeadlinesHandler>().HandleAsync(Cancellation));

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(
            () => App.RunAsync(s => s.Get<BackfillStaffingHandler>().HandleAsync(new BackfillStaffingCommand([request.Id]), Cancellation)), Cancellation)));

        runs.Sum(r => r.OffersSent).ShouldBe(2);
        var engagements = await EngagementsAsync(request.Id);
        engagements.Count(e => e.Status == EngagementStatus.Offered).ShouldBe(2);
        engagements.Select(e => e.Email).Distinct().Count().ShouldBe(engagements.Count);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(2);
    }

    [Fact]
    public async Task Sending_the_same_offers_twice_at_once_sends_them_once_and_says_why_the_other_did_not()
    {
        var request = Request(seats: 2, wave: 2);
        var a = Fitting("a@example.org", 30, out var expertA);
        var b = Fitting("b@example.org", 20, out var expertB);
        await SaveAsync([.. _scenario.Basics, _master, request, .. a, .. b]);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await App.RunAsync(s => s.Get<SendOffersHandler>().HandleAsync(new SendOffersCommand(request.Id, [expertA.Id, expertB.Id]), Cancellation))).Sent.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                return ex.Message;
            }
        }, Cancellation)));

        (await EngagementsAsync(request.Id)).Count.ShouldBe(2);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(2);
        attempts.ShouldContain("2");
        // The second is either refused up front (already engaged: 0 sent) or by the index at its save (the message).
        attempts.Count(x => x == "0" || x.Contains("was sent a moment ago from elsewhere", StringComparison.Ordinal)).ShouldBe(1);
    }
}
