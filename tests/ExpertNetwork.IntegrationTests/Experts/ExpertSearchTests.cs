using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class ExpertSearchTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly TestTaxonomy _taxonomy = TestTaxonomy.Create();

    [Fact]
    public async Task Filtering_by_a_specialty_finds_experts_anywhere_below_it_and_no_one_else()
    {
        await SaveAsync([.. _taxonomy.All,
            new ExpertBuilder().Named("Helen Hematologist").In(_taxonomy.HematologicOncology).Build(),
            new ExpertBuilder().Named("Carl Cardiologist").In(_taxonomy.Cardiology).Build(),
            new ExpertBuilder().Named("Lena Lawyer").In(_taxonomy.CorporateLaw).Build()]);

        (await NamesAsync(new ExpertSearch { SpecialtyId = _taxonomy.HematologicOncology.Id })).ShouldBe(["Helen Hematologist"]);
        (await NamesAsync(new ExpertSearch { SpecialtyId = _taxonomy.Oncology.Id })).ShouldBe(["Helen Hematologist"]);
        (await NamesAsync(new ExpertSearch { SpecialtyId = _taxonomy.Medicine.Id })).ShouldBe(["Carl Cardiologist", "Helen Hematologist"]);
        (await NamesAsync(new ExpertSearch { SpecialtyId = _taxonomy.Law.Id })).ShouldBe(["Lena Lawyer"]);
    }

    [Fact]
    public async Task Filtering_by_a_specialty_that_does_not_exist_is_reported_as_not_found()
    {
        await SaveAsync([.. _taxonomy.All, new ExpertBuilder().In(_taxonomy.Oncology).Build()]);

        await Should.ThrowAsync<NotFoundException>(() => SearchAsync(new ExpertSearch { SpecialtyId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task Search_text_matches_part_of_the_name_or_of_the_email_in_any_letter_case()
    {
        await SaveAsync(
            new ExpertBuilder().Named("Marie Curie").WithEmail("m.sklodowska@radium.example").Build(),
            new ExpertBuilder().Named("Pierre Curie").WithEmail("pierre@physics.example").Build(),
            new ExpertBuilder().Named("Lise Meitner").WithEmail("lise@fission.example").Build(),
            new ExpertBuilder().Named("Łukasz Nowak").Build(),
            new ExpertBuilder().Named("Jürgen Müller").Build());

        (await NamesAsync(new ExpertSearch { Q = "Curie" })).ShouldBe(["Marie Curie", "Pierre Curie"]);
        (await NamesAsync(new ExpertSearch { Q = "curie" })).ShouldBe(["Marie Curie", "Pierre Curie"]);
        (await NamesAsync(new ExpertSearch { Q = "  MEITNER " })).ShouldBe(["Lise Meitner"]);
        (await NamesAsync(new ExpertSearch { Q = "SKLODOWSKA@Radium" })).ShouldBe(["Marie Curie"]);
        (await NamesAsync(new ExpertSearch { Q = "fission.example" })).ShouldBe(["Lise Meitner"]);
        (await NamesAsync(new ExpertSearch { Q = "Łukasz" })).ShouldBe(["Łukasz Nowak"]);
        (await NamesAsync(new ExpertSearch { Q = "MÜLLER" })).ShouldBe(["Jürgen Müller"]);
        (await NamesAsync(new ExpertSearch { Q = "Einstein" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Status_country_and_language_filters_each_narrow_the_list()
    {
        await SaveAsync(
            new ExpertBuilder().Named("Anna Active").WithStatus(ExpertStatus.Active).LivingIn("PL", "Europe/Warsaw").Speaking("pl", "en").Build(),
            new ExpertBuilder().Named("Bert Vetted").WithStatus(ExpertStatus.Vetted).LivingIn("DE", "Europe/Berlin").Speaking("de").Build(),
            new ExpertBuilder().Named("Cleo Active").WithStatus(ExpertStatus.Active).LivingIn("DE", "Europe/Berlin").Speaking("de", "en").Build(),
            new ExpertBuilder().Named("Dora Suspended").WithStatus(ExpertStatus.Suspended).LivingIn("US", "America/Chicago").Speaking("en").Build());

        (await NamesAsync(new ExpertSearch { Status = ExpertStatus.Active })).ShouldBe(["Anna Active", "Cleo Active"]);
        (await NamesAsync(new ExpertSearch { Country = "de" })).ShouldBe(["Bert Vetted", "Cleo Active"]);
        (await NamesAsync(new ExpertSearch { Language = "EN" })).ShouldBe(["Anna Active", "Cleo Active", "Dora Suspended"]);
        (await NamesAsync(new ExpertSearch { Status = ExpertStatus.Active, Country = "DE", Language = "en" })).ShouldBe(["Cleo Active"]);
        (await NamesAsync(new ExpertSearch { Language = "fr" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_page_holds_the_next_experts_in_name_order_and_the_total_counts_every_match()
    {
        var experts = Enumerable.Range(1, 23).Select(i => new ExpertBuilder().Named($"Expert {i:D2}").Build()).Reverse().ToArray<object>();
        await SaveAsync(experts);

        var second = await SearchAsync(new ExpertSearch { Page = 2, PageSize = 10 });

        second.TotalCount.ShouldBe(23);
        second.TotalPages.ShouldBe(3);
        second.HasPrevious.ShouldBeTrue();
        second.HasNext.ShouldBeTrue();
        second.Items.Select(i => i.FullName).ShouldBe(Enumerable.Range(11, 10).Select(i => $"Expert {i:D2}"));
        var last = await SearchAsync(new ExpertSearch { Page = 3, PageSize = 10 });
        last.Items.Select(i => i.FullName).ShouldBe(["Expert 21", "Expert 22", "Expert 23"]);
        last.HasNext.ShouldBeFalse();
    }

    [Fact]
    public async Task Paging_through_experts_who_share_a_name_shows_each_of_them_exactly_once()
    {
        var twins = Enumerable.Range(1, 7).Select(_ => new ExpertBuilder().Named("John Smith").Build()).ToArray<object>();
        await SaveAsync(twins);

        var seen = new List<Guid>();
        for (var page = 1; page <= 4; page++)
            seen.AddRange((await SearchAsync(new ExpertSearch { Page = page, PageSize = 2 })).Items.Select(i => i.Id));

        seen.ShouldBe(twins.Cast<Expert>().Select(e => e.Id), ignoreOrder: true);
        seen.Count.ShouldBe(7);
        seen.Distinct().Count().ShouldBe(7);
        (await SearchAsync(new ExpertSearch { Page = 1, PageSize = 7 })).Items.Select(i => i.Id).ShouldBe(seen);
    }

    [Fact]
    public async Task Each_listed_expert_shows_specialties_and_how_many_credentials_are_verified_and_pending()
    {
        var expert = new ExpertBuilder().Named("Helen Hematologist").In(_taxonomy.HematologicOncology, _taxonomy.Cardiology).Build();
        await SaveAsync([.. _taxonomy.All, expert,
            new CredentialBuilder(expert).Verified().Build(),
            new CredentialBuilder(expert).OfKind(CredentialKind.BoardCertification).Verified().Build(),
            new CredentialBuilder(expert).OfKind(CredentialKind.Degree).Expiring(null).Build()]);

        var item = (await SearchAsync(new ExpertSearch())).Items.ShouldHaveSingleItem();

        item.Specialties.ShouldBe(["Cardiology", "Hematologic oncology"]);
        item.VerifiedCredentials.ShouldBe(2);
        item.PendingCredentials.ShouldBe(1);
        item.Status.ShouldBe(ExpertStatus.Applicant);
        item.WeeklyCapacityHours.ShouldBe(20m);
    }

    private Task<PagedResult<ExpertListItem>> SearchAsync(ExpertSearch search) =>
        App.RunAsync(services => services.Get<SearchExpertsHandler>().HandleAsync(search, Cancellation));

    private async Task<IReadOnlyList<string>> NamesAsync(ExpertSearch search) =>
        (await SearchAsync(search)).Items.Select(i => i.FullName).ToList();
}
