using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class ExpertProfileTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task The_profile_shows_languages_specialties_rates_credentials_and_the_history_newest_first()
    {
        var taxonomy = TestTaxonomy.Create();
        var expert = new ExpertBuilder().Named("Helen Hematologist").Speaking("pl", "en").In(taxonomy.HematologicOncology).WithStatus(ExpertStatus.Active).Build();
        expert.SetRate(Activity.Review, new Money(180.1234m, "USD"), new DateRange(Clock.Today.AddDays(-30), null));
        var licence = new CredentialBuilder(expert).Verified().Build();
        await SaveAsync([.. taxonomy.All, expert, licence]);
        Clock.Advance(TimeSpan.FromHours(1));
        Actor.ActAs(ActorKind.Staff, "staff-9", "Chris Compliance");
        await ChangeAsync(async db => (await db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation)).SetWeeklyCapacity(32.5m));

        var profile = await GetAsync(expert.Id);

        profile.ShouldNotBeNull();
        profile.FullName.ShouldBe("Helen Hematologist");
        profile.Status.ShouldBe(ExpertStatus.Active);
        profile.WeeklyCapacityHours.ShouldBe(32.5m);
        profile.Languages.ShouldBe(["en", "pl"]);
        profile.Specialties.ShouldBe(["/medicine/oncology/hematologic-oncology/"]);
        profile.SpecialtyNames.ShouldBe(["Hematologic oncology"]);
        var rate = profile.Rates.ShouldHaveSingleItem();
        (rate.Activity, rate.Amount, rate.Currency, rate.From, rate.To).ShouldBe((Activity.Review, 180.1234m, "USD", Clock.Today.AddDays(-30), (DateOnly?)null));
        var credential = profile.Credentials.ShouldHaveSingleItem();
        credential.Status.ShouldBe(VerificationStatus.Verified);
        credential.ExpiresOn.ShouldBe(new DateOnly(2030, 6, 1));
        var latest = profile.History[0];
        (latest.Action, latest.ActorName, latest.EntityType).ShouldBe(("CapacityChanged", "Chris Compliance", nameof(Expert)));
        profile.History.Select(h => h.EntityType).ShouldContain(nameof(Credential));
        profile.History.Select(h => h.Sequence).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task There_is_no_profile_for_an_unknown_expert()
    {
        await SaveAsync(new ExpertBuilder().Build());

        (await GetAsync(Guid.NewGuid())).ShouldBeNull();
    }

    private Task<ExpertDetail?> GetAsync(Guid id) => App.RunAsync(services => services.Get<GetExpertHandler>().HandleAsync(new GetExpertQuery(id), Cancellation));
}
