using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Clients;
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
/// The request: oncology (and below), review work at most 260 USD/h, 10 h/week from 23 Mar to 3 May 2026, a medical
/// licence, English; the client restricts Pfizer. Each "Fails ..." expert fits except for one rule.
/// </summary>
public abstract class MatchingTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly TestTaxonomy _taxonomy = TestTaxonomy.Create();
    private readonly List<object> _rows = [];
    private NdaTemplate _master = null!;
    private StaffingRequest _request = null!;
    private StaffingRequest _otherRequest = null!;
    private Project _project = null!;
    private int _moreRequests;

    private DateRange Window => _request.Window;

    private async Task<Client> SeedRequestAsync(Func<ClientBuilder, ClientBuilder>? client = null)
    {
        var theClient = (client ?? (c => c))(new ClientBuilder().Named("Northwind Bio").Restricting("Pfizer Inc.")).Build();
        var project = _project = new ProjectBuilder(theClient).Build();
        _request = new StaffingRequestBuilder(project, _taxonomy.Oncology).Build();
        _otherRequest = new StaffingRequestBuilder(project, _taxonomy.Oncology).Titled("Second wave").Build();
        _master = NdaTemplate.Publish("Master NDA", NdaScope.Master, null, "# Confidentiality\n\nKeep client data confidential.", 24, Clock.UtcNow.AddDays(-200));
        _rows.AddRange([.. _taxonomy.All, theClient, project, _request, _otherRequest, _master]);
        return theClient;
    }

    /// <summary>An active oncologist who fits the request: licence, master NDA, a 200 USD review rate, 20 h a week.</summary>
    private Expert Fitting(string name, Action<ExpertBuilder>? tweak = null, decimal rate = 200m, bool nda = true, bool credential = true)
    {
        var builder = new ExpertBuilder().Named(name).WithStatus(ExpertStatus.Active).In(_taxonomy.Oncology).Speaking("en").WithWeeklyCapacity(20m);
        tweak?.Invoke(builder);
        var expert = builder.Build();
        expert.SetRate(Activity.Review, new Money(rate, "USD"), new DateRange(new DateOnly(2026, 1, 1), null));
        _rows.Add(expert);
        if (credential)
            _rows.Add(new CredentialBuilder(expert).Verified().Build());
        if (nda)
            _rows.Add(SignedNda(expert, _master, null));
        return expert;
    }

    private NdaAgreement SignedNda(Expert expert, NdaTemplate template, Guid? clientId)
    {
        var signedUtc = Clock.UtcNow.AddDays(-30);
        var agreement = NdaAgreement.Send(expert.Id, template, clientId, signedUtc.AddDays(14), signedUtc.AddDays(-1));
        agreement.Sign(expert.FullName, consent: true, "203.0.113.9", "Mozilla/5.0", new string('a', 64), signedUtc);
        return agreement;
    }

    /// <summary>Another request on the project, for an expert's further engagements (one engagement per expert and request).</summary>
    private StaffingRequest AnotherRequest()
    {
        var request = new StaffingRequestBuilder(_project, _taxonomy.Oncology).Titled($"Earlier wave {++_moreRequests}").Build();
        _rows.Add(request);
        return request;
    }

    private Engagement EngagementOn(StaffingRequest request, Expert expert, EngagementStatus status)
    {
        var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(200m, "USD") }, null, Clock.UtcNow.AddDays(-20));
        if (status == EngagementStatus.Proposed)
            return engagement;
        engagement.Offer(Clock.UtcNow.AddDays(2), Clock.UtcNow.AddDays(-20));
        var decided = Clock.UtcNow.AddDays(-19);
        switch (status)
        {
            case EngagementStatus.Declined:
                engagement.Decline("Busy.", decided);
                break;
            case EngagementStatus.Expired:
                engagement.ExpireIfDue(Clock.UtcNow.AddDays(3));
                break;
            case EngagementStatus.Accepted or EngagementStatus.Active or EngagementStatus.Completed or EngagementStatus.Cancelled:
                engagement.Accept(expert.FullName, true, null, null, new string('b', 64), decided);
                if (status is EngagementStatus.Active or EngagementStatus.Completed)
                    engagement.Activate(decided);
                if (status == EngagementStatus.Completed)
                    engagement.Complete(decided);
                if (status == EngagementStatus.Cancelled)
                    engagement.Cancel("Project paused.", decided);
                break;
        }
        return engagement;
    }

    private async Task SeedPopulationAsync()
    {
        await SeedRequestAsync();
        Fitting("Fits Everything");
        Fitting("Vetted Fits", b => b.WithStatus(ExpertStatus.Vetted));
        Fitting("Fails Status Suspended", b => b.WithStatus(ExpertStatus.Suspended));
        Fitting("Fails Status Applicant", b => b.WithStatus(ExpertStatus.Applicant));
        Fitting("Fails Specialty Cardiology", b => b.In(_taxonomy.Cardiology));
        Fitting("Hematology Fits", b => b.In(_taxonomy.HematologicOncology));

        var expiring = Fitting("Fails Credential Expiring", credential: false);
        _rows.Add(new CredentialBuilder(expiring).Expiring(new DateOnly(2026, 4, 20)).Verified().Build());
        var pending = Fitting("Fails Credential Pending", credential: false);
        _rows.Add(new CredentialBuilder(pending).Build());

        Fitting("Fails Nda None", nda: false);
        var toSign = Fitting("Master Nda Sent Fits", nda: false);
        _rows.Add(NdaAgreement.Send(toSign.Id, _master, null, Clock.UtcNow.AddDays(5), Clock.UtcNow.AddDays(-1)));
        var lapsed = Fitting("Fails Nda Lapsed Invitation", nda: false);
        _rows.Add(NdaAgreement.Send(lapsed.Id, _master, null, Clock.UtcNow.AddDays(-1), Clock.UtcNow.AddDays(-10)));

        var away = Fitting("Fails Blackout Whole Window");
        away.AddBlackout(new DateRange(Window.Start.AddDays(-2), Window.End!.Value.AddDays(1)), "Sabbatical");
        var partly = Fitting("Partly Away Fits");
        partly.AddBlackout(new DateRange(Window.Start.AddDays(3), Window.Start.AddDays(9)), "Congress");

        var busy = Fitting("Fails Capacity Busy");
        _rows.Add(EngagementOn(_otherRequest, busy, EngagementStatus.Offered));
        _rows.Add(EngagementOn(AnotherRequest(), busy, EngagementStatus.Accepted));
        var ownSeat = Fitting("Own Engagement Fits", b => b.WithWeeklyCapacity(10m));
        _rows.Add(EngagementOn(_request, ownSeat, EngagementStatus.Offered));
        Fitting("Fails Capacity Small", b => b.WithWeeklyCapacity(8m));

        Fitting("Fails Rate Too High", rate: 300m);
        var euro = new ExpertBuilder().Named("Fails Rate Euro").WithStatus(ExpertStatus.Active).In(_taxonomy.Oncology).Speaking("en").Build();
        euro.SetRate(Activity.Review, new Money(150m, "EUR"), new DateRange(new DateOnly(2026, 1, 1), null));
        _rows.AddRange([euro, new CredentialBuilder(euro).Verified().Build(), SignedNda(euro, _master, null)]);

        Fitting("Fails Language German Only", b => b.Speaking("de"));

        var employee = Fitting("Fails Conflict Employer");
        employee.SetEmployers(["PFIZER, INC", "Charité"]);
        var declared = Fitting("Fails Conflict Declared");
        var past = EngagementOn(_otherRequest, declared, EngagementStatus.Declined);
        _rows.Add(past);
        _rows.Add(ConflictDeclaration.Declare(past.Id, declared.Id, ["Pfizer Ltd"], null, [], Clock.UtcNow.AddDays(-20)));

        await SaveAsync([.. _rows]);
    }

    private Task<CandidatesView> RankAsync(int page = 1, int pageSize = 50) =>
        App.RunAsync(s => s.Get<RankCandidatesHandler>().HandleAsync(new RankCandidatesQuery(_request.Id, page, pageSize), Cancellation));

    private async Task<IReadOnlyList<string>> WhyNotAsync(string name)
    {
        var id = await ReadAsync(db => db.Experts.Where(e => e.FullName == name).Select(e => e.Id).SingleAsync(Cancellation));
        return await App.RunAsync(s => s.Get<IStaffingFit>().WhyNotAsync(_request.Id, id, Cancellation));
    }

    [Theory]
    [InlineData("Fails Status Suspended", "Suspended: Quality review of two sprints.")]
    [InlineData("Fails Status Applicant", "Not vetted yet")]
    [InlineData("Fails Specialty Cardiology", "Not in Oncology or a specialty below it.")]
    [InlineData("Fails Credential Expiring", "Medical license expires on 20 Apr 2026, before the window ends on 3 May 2026.")]
    [InlineData("Fails Credential Pending", "Medical license is still pending verification.")]
    [InlineData("Fails Nda None", "No master NDA in force over the window, and none sent that can still be signed.")]
    [InlineData("Fails Nda Lapsed Invitation", "No master NDA in force over the window")]
    [InlineData("Fails Blackout Whole Window", "Unavailable for the whole window (23 Mar 2026 to 3 May 2026)")]
    [InlineData("Fails Capacity Busy", "Only 0 h a week left over the window (20 h capacity, 20 h in other engagements); the request needs 10 h.")]
    [InlineData("Fails Capacity Small", "Weekly capacity is 8 h; the request needs 10 h a week.")]
    [InlineData("Fails Rate Too High", "The review rate of 300.00 USD is above the request's maximum of 260.00 USD.")]
    [InlineData("Fails Rate Euro", "The review rate is in EUR, not USD as the request pays.")]
    [InlineData("Fails Language German Only", "Does not work in en, which the request requires.")]
    [InlineData("Fails Conflict Employer", "Works for or with PFIZER, INC, a company Northwind Bio restricts.")]
    [InlineData("Fails Conflict Declared", "Declared Pfizer Ltd as an employer on an earlier engagement, a company Northwind Bio restricts.")]
    public async Task Each_hard_filter_leaves_out_the_expert_who_fails_it_and_says_why(string expert, string reason)
    {
        await SeedPopulationAsync();

        var candidates = (await RankAsync()).Candidates.Items.Select(c => c.FullName).ToList();
        var why = await WhyNotAsync(expert);

        candidates.ShouldNotContain(expert);
        candidates.ShouldContain("Fits Everything");
        why.ShouldHaveSingleItem().ShouldStartWith(reason);
        (await WhyNotAsync("Fits Everything")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Vetted_experts_subspecialists_signable_ndas_short_blackouts_and_the_own_offer_do_not_exclude()
    {
        await SeedPopulationAsync();

        var rows = (await RankAsync()).Candidates.Items;

        rows.Select(c => c.FullName).Order().ShouldBe(
            ["Fits Everything", "Hematology Fits", "Master Nda Sent Fits", "Own Engagement Fits", "Partly Away Fits", "Vetted Fits"]);
        rows.Single(c => c.FullName == "Master Nda Sent Fits").Nda.ShouldBe(NdaReadiness.MasterToSign);
        rows.Single(c => c.FullName == "Partly Away Fits").BlackoutDaysInWindow.ShouldBe(7);
        var own = rows.Single(c => c.FullName == "Own Engagement Fits");
        (own.EngagementOnRequest, own.CapacityLeftHours).ShouldBe((EngagementStatus.Offered, 10m));
    }

    [Fact]
    public async Task The_query_and_the_domain_rule_agree_on_every_expert()
    {
        await SeedPopulationAsync();
        var everyone = await ReadAsync(db => db.Experts.Select(e => e.Id).ToListAsync(Cancellation));

        var ranked = (await RankAsync(pageSize: Paging.MaxPageSize)).Candidates.Items.Select(c => c.ExpertId).Order().ToList();
        var byRule = new List<Guid>();
        foreach (var id in everyone)
        {
            if ((await App.RunAsync(s => s.Get<IStaffingFit>().WhyNotAsync(_request.Id, id, Cancellation))).Count == 0)
                byRule.Add(id);
        }

        everyone.Count.ShouldBeGreaterThan(20);
        ranked.ShouldBe(byRule.Order().ToList());
    }

    [Fact]
    public async Task A_client_that_wants_its_own_nda_needs_one_in_force_or_a_current_template_to_sign()
    {
        var client = await SeedRequestAsync(c => c.RequiringClientNda());
        Fitting("Master Only");
        var both = Fitting("Client Nda Signed");
        var clientTemplate = NdaTemplate.Publish("Northwind NDA", NdaScope.Client, client.Id, "# Northwind\n\nConfidential.", 12, Clock.UtcNow.AddDays(-100));
        _rows.AddRange([clientTemplate, SignedNda(both, clientTemplate, client.Id)]);
        clientTemplate.Retire(Clock.UtcNow.AddDays(-1));
        await SaveAsync([.. _rows]);
        var revised = NdaTemplate.Publish("Northwind NDA v2", NdaScope.Client, client.Id, "# Northwind\n\nConfidential, v2.", 12, Clock.UtcNow);

        (await RankAsync()).Candidates.Items.Select(c => c.FullName).ShouldBe(["Client Nda Signed"]);
        (await WhyNotAsync("Master Only")).ShouldHaveSingleItem()
            .ShouldBe("Northwind Bio requires its own NDA: none is in force over the window and there is no current client NDA to sign.");

        await SaveAsync(revised);
        var rows = (await RankAsync()).Candidates.Items;
        rows.Select(c => c.FullName).Order().ShouldBe(["Client Nda Signed", "Master Only"]);
        rows.Single(c => c.FullName == "Master Only").Nda.ShouldBe(NdaReadiness.ClientNdaToSign);
    }

    [Fact]
    public async Task Candidates_rank_by_seniority_track_record_responsiveness_headroom_and_time_zone_with_each_part_explained()
    {
        await SeedRequestAsync();
        Fitting("Junior Berlin", b => b.WithYearsOfExperience(2));
        Fitting("Senior Berlin", b => b.WithYearsOfExperience(25));
        Fitting("Senior New York", b => b.WithYearsOfExperience(25).LivingIn("US", "America/New_York"));
        Fitting("Senior New York Cheaper", b => b.WithYearsOfExperience(25).LivingIn("US", "America/New_York"), rate: 150m);
        var flaky = Fitting("Senior New York Flaky", b => b.WithYearsOfExperience(25).LivingIn("US", "America/New_York"), rate: 150m);
        _rows.AddRange([EngagementOn(_otherRequest, flaky, EngagementStatus.Declined), EngagementOn(AnotherRequest(), flaky, EngagementStatus.Expired),
            EngagementOn(AnotherRequest(), flaky, EngagementStatus.Cancelled)]);
        await SaveAsync([.. _rows]);

        var rows = (await RankAsync()).Candidates.Items;

        rows.Select(c => c.FullName).ShouldBe(["Senior New York Cheaper", "Senior New York", "Senior New York Flaky", "Senior Berlin", "Junior Berlin"]);
        rows.Select(c => c.Rank).ShouldBe([1, 2, 3, 4, 5]);
        var top = rows[0];
        top.Parts.Select(p => p.Name).ShouldBe(["Seniority", "Track record", "Responsiveness", "Rate headroom", "Time-zone overlap"]);
        top.Score.ShouldBe(top.Parts.Sum(p => p.Points));
        top.Parts.Single(p => p.Name == "Time-zone overlap").Why.ShouldBe("8 h of a 9–17 working day shared with America/New_York");
        rows.Single(c => c.FullName == "Senior New York Flaky").Parts.Single(p => p.Name == "Responsiveness").Why
            .ShouldBe("1 accepted, 1 declined, 1 let expire");
    }

    [Fact]
    public async Task Equal_scores_keep_the_same_order_every_time()
    {
        await SeedRequestAsync();
        foreach (var name in new[] { "Twin B", "Twin A", "Twin C" })
            Fitting(name);
        await SaveAsync([.. _rows]);

        (await RankAsync()).Candidates.Items.Select(c => c.FullName).ShouldBe(["Twin A", "Twin B", "Twin C"]);
        (await RankAsync(page: 2, pageSize: 2)).Candidates.Items.Select(c => (c.Rank, c.FullName)).ShouldBe([(3, "Twin C")]);
    }

    [Fact]
    public async Task The_next_candidates_leave_out_experts_with_any_engagement_on_the_request()
    {
        await SeedRequestAsync();
        var offered = Fitting("Already Offered", b => b.WithYearsOfExperience(30));
        var declined = Fitting("Declined Before", b => b.WithYearsOfExperience(29));
        Fitting("Next In Line", b => b.WithYearsOfExperience(20));
        Fitting("After That", b => b.WithYearsOfExperience(10));
        _rows.AddRange([EngagementOn(_request, offered, EngagementStatus.Offered), EngagementOn(_request, declined, EngagementStatus.Declined)]);
        await SaveAsync([.. _rows]);

        var next = await App.RunAsync(s => s.Get<NextCandidatesHandler>().HandleAsync(new NextCandidatesQuery(_request.Id, 5), Cancellation));
        var names = await ReadAsync(db => db.Experts.Where(e => next.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.FullName, Cancellation));

        next.Select(id => names[id]).ShouldBe(["Next In Line", "After That"]);
    }

    [Fact]
    public async Task Why_not_finds_experts_by_name_or_email_and_refuses_unknown_ones()
    {
        await SeedPopulationAsync();

        var found = await App.RunAsync(s => s.Get<ExplainMatchingExpertsHandler>().HandleAsync(new ExplainMatchingExpertsQuery(_request.Id, "fails rate"), Cancellation));

        found.Select(r => r.FullName).ShouldBe(["Fails Rate Euro", "Fails Rate Too High"]);
        found.ShouldAllBe(r => !r.Fits);
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<IStaffingFit>().WhyNotAsync(_request.Id, Guid.NewGuid(), Cancellation)));
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<RankCandidatesHandler>().HandleAsync(new RankCandidatesQuery(Guid.NewGuid(), 1, 25), Cancellation)));
    }
}
