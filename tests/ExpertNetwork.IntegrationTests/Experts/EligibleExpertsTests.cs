using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class EligibleExpertsTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private static readonly DateOnly Day = new(2026, 3, 20);
    private readonly TestTaxonomy _taxonomy = TestTaxonomy.Create();

    private Task<IReadOnlyList<EligibleExpert>> FindAsync(Specialty specialty, DateOnly day, params CredentialKind[] required) =>
        App.RunAsync(s => s.Get<FindEligibleExpertsHandler>().HandleAsync(new FindEligibleExpertsQuery(day, specialty.Id, required), Cancellation));

    private async Task SeedAsync()
    {
        var t = _taxonomy;
        Expert Make(string name, ExpertStatus status, Specialty specialty) => new ExpertBuilder().Named(name).WithStatus(status).In(specialty).Build();
        var active = Make("Active Hematologist", ExpertStatus.Active, t.HematologicOncology);
        var vetted = Make("Vetted Cardiologist", ExpertStatus.Vetted, t.Cardiology);
        var expiring = Make("Expiring Oncologist", ExpertStatus.Active, t.Oncology);
        var applicant = Make("Applicant Oncologist", ExpertStatus.Applicant, t.Oncology);
        var suspended = Make("Suspended Oncologist", ExpertStatus.Suspended, t.Oncology);
        var pending = Make("Pending Oncologist", ExpertStatus.Active, t.Oncology);
        var away = Make("Away Oncologist", ExpertStatus.Active, t.Oncology);
        away.AddBlackout(new DateRange(Day.AddDays(-3), Day), "Congress");
        var lawyer = Make("Corporate Lawyer", ExpertStatus.Active, t.CorporateLaw);
        var boardOnly = Make("Board Certified Oncologist", ExpertStatus.Active, t.Oncology);
        await SaveAsync([.. t.All, active, vetted, expiring, applicant, suspended, pending, away, lawyer, boardOnly,
            new CredentialBuilder(active).Expiring(Day.AddDays(1)).Verified().Build(),
            new CredentialBuilder(vetted).Expiring(null).Verified().Build(),
            new CredentialBuilder(expiring).Expiring(Day).Verified().Build(),
            new CredentialBuilder(applicant).Verified().Build(),
            new CredentialBuilder(suspended).Verified().Build(),
            new CredentialBuilder(pending).Build(),
            new CredentialBuilder(away).Verified().Build(),
            new CredentialBuilder(lawyer).OfKind(CredentialKind.BarAdmission).Verified().Build(),
            new CredentialBuilder(boardOnly).OfKind(CredentialKind.BoardCertification).Verified().Build()]);
    }

    [Fact]
    public async Task Eligible_for_a_specialty_on_a_day_means_vetted_or_active_in_its_subtree_available_and_holding_a_verified_credential_in_date()
    {
        await SeedAsync();

        var oncology = await FindAsync(_taxonomy.Oncology, Day);
        var medicine = await FindAsync(_taxonomy.Medicine, Day);

        oncology.Select(e => e.FullName).ShouldBe(["Active Hematologist", "Board Certified Oncologist"]);
        medicine.Select(e => e.FullName).ShouldBe(["Active Hematologist", "Board Certified Oncologist", "Vetted Cardiologist"]);
    }

    [Fact]
    public async Task A_credential_counts_from_its_expiry_date_on_as_not_verified()
    {
        await SeedAsync();

        (await FindAsync(_taxonomy.Oncology, Day.AddDays(-1))).Select(e => e.FullName).ShouldContain("Expiring Oncologist");
        (await FindAsync(_taxonomy.Oncology, Day)).Select(e => e.FullName).ShouldNotContain("Expiring Oncologist");
        (await FindAsync(_taxonomy.Oncology, Day.AddDays(1))).Select(e => e.FullName).ShouldNotContain("Active Hematologist");
    }

    [Fact]
    public async Task An_expert_is_eligible_again_the_day_after_a_blackout()
    {
        await SeedAsync();

        (await FindAsync(_taxonomy.Oncology, Day.AddDays(1))).Select(e => e.FullName).ShouldContain("Away Oncologist");
        (await FindAsync(_taxonomy.Oncology, Day.AddDays(-3))).Select(e => e.FullName).ShouldNotContain("Away Oncologist");
    }

    [Fact]
    public async Task Required_credential_kinds_must_each_be_held_verified_and_in_date()
    {
        await SeedAsync();

        (await FindAsync(_taxonomy.Oncology, Day, CredentialKind.MedicalLicense)).Select(e => e.FullName).ShouldBe(["Active Hematologist"]);
        (await FindAsync(_taxonomy.Oncology, Day, CredentialKind.BoardCertification)).Select(e => e.FullName).ShouldBe(["Board Certified Oncologist"]);
        (await FindAsync(_taxonomy.Oncology, Day, CredentialKind.MedicalLicense, CredentialKind.BoardCertification)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_query_agrees_with_the_domain_rule_for_every_expert_on_every_day_around_the_edges()
    {
        await SeedAsync();
        var experts = await ReadAsync(db => db.Experts.Include(e => e.Blackouts).Include(e => e.Specialties).ToListAsync(Cancellation));
        var credentials = await ReadAsync(db => db.Credentials.ToListAsync(Cancellation));
        var inMedicine = _taxonomy.All.Where(s => s.IsSameOrBelow(_taxonomy.Medicine)).Select(s => s.Id).ToHashSet();

        foreach (var day in Enumerable.Range(-4, 7).Select(Day.AddDays))
        {
            var expected = experts
                .Where(e => e.Specialties.Any(s => inMedicine.Contains(s.SpecialtyId)) && ExpertEligibility.CheckOn(e, credentials, day, []).Count == 0)
                .Select(e => e.Id).Order().ToList();
            (await FindAsync(_taxonomy.Medicine, day)).Select(e => e.Id).Order().ToList().ShouldBe(expected, $"on {day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task An_unknown_specialty_is_not_found()
    {
        await SaveAsync([.. _taxonomy.All]);

        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<FindEligibleExpertsHandler>().HandleAsync(new FindEligibleExpertsQuery(Day, Guid.NewGuid()), Cancellation)));
    }
}
