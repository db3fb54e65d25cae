using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

        await Should.ThrowAsync<Refusal>(() => SearchAsync(new ExpertSearch { SpecialtyId = Guid.NewGuid() }));
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
    public async Task Search_text_ignores_letter_case_and_accents_beyond_ascii()
    {
        await SaveAsync(
            new ExpertBuilder().Named("Łukasz Żółkiewski").WithEmail("lukasz@krakow.example").Build(),
            new ExpertBuilder().Named("Jürgen Müller").WithEmail("jm@bonn.example").Build(),
            new ExpertBuilder().Named("Mueller Hans").WithEmail("hans@bonn.example").Build(),
            new ExpertBuilder().Named("Søren Kierkegaard").WithEmail("s.k@copenhagen.example").Build(),
            new ExpertBuilder().Named("José Ramón Núñez").WithEmail("jrn@sevilla.example").Build(),
            new ExpertBuilder().Named("Ελένη Παπαδοπούλου").WithEmail("eleni@athens.example").Build());

        (await NamesAsync(new ExpertSearch { Q = "ŁUKASZ" })).ShouldBe(["Łukasz Żółkiewski"]);
        (await NamesAsync(new ExpertSearch { Q = "lukasz zolk" })).ShouldBe(["Łukasz Żółkiewski"]);
        (await NamesAsync(new ExpertSearch { Q = "ŻÓŁKIEWSKI" })).ShouldBe(["Łukasz Żółkiewski"]);
        (await NamesAsync(new ExpertSearch { Q = "müller" })).ShouldBe(["Jürgen Müller"]);
        (await NamesAsync(new ExpertSearch { Q = "muller" })).ShouldBe(["Jürgen Müller"]);
        (await NamesAsync(new ExpertSearch { Q = "mueller" })).ShouldBe(["Mueller Hans"]);
        (await NamesAsync(new ExpertSearch { Q = "SOREN" })).ShouldBe(["Søren Kierkegaard"]);
        (await NamesAsync(new ExpertSearch { Q = "nunez" })).ShouldBe(["José Ramón Núñez"]);
        (await NamesAsync(new ExpertSearch { Q = "JOSÉ RAMÓN" })).ShouldBe(["José Ramón Núñez"]);
        (await NamesAsync(new ExpertSearch { Q = "ΕΛΈΝΗ" })).ShouldBe(["Ελένη Παπαδοπούλου"]);
        (await NamesAsync(new ExpertSearch { Q = "%" })).ShouldBeEmpty();
        (await NamesAsync(new ExpertSearch { Q = "_" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Renaming_an_expert_makes_the_new_name_searchable_and_the_old_one_not()
    {
        var expert = new ExpertBuilder().Named("Zofia Wiśniewska").WithEmail("zofia@warsaw.example").Build();
        await SaveAsync(expert);

        await ChangeAsync(async db =>
        {
            var stored = await db.Experts.SingleAsync(e => e.Id == expert.Id, Cancellation);
            stored.UpdateProfile("Zofia Kowalczyk", "zofia.k@gdansk.example", null, "PL", "Europe/Warsaw", 12, null, null);
        });

        (await NamesAsync(new ExpertSearch { Q = "wisniewska" })).ShouldBeEmpty();
        (await NamesAsync(new ExpertSearch { Q = "warsaw.example" })).ShouldBeEmpty();
        (await NamesAsync(new ExpertSearch { Q = "KOWALCZYK" })).ShouldBe(["Zofia Kowalczyk"]);
        (await NamesAsync(new ExpertSearch { Q = "gdansk" })).ShouldBe(["Zofia Kowalczyk"]);
    }

    [Fact]
    public async Task Experts_stored_before_the_search_columns_existed_are_found_once_the_database_is_initialised()
    {
        await SaveAsync(new ExpertBuilder().Named("Łucja Bąk").WithEmail("lucja@lodz.example").Build());
        await ReadAsync(db => db.Experts.ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchName, "").SetProperty(e => e.SearchEmail, ""), Cancellation));
        (await NamesAsync(new ExpertSearch { Q = "lucja" })).ShouldBeEmpty();

        var folded = await App.RunAsync(services => services.Get<DatabaseInitializer>().FoldSearchTextAsync(Cancellation));

        folded.ShouldBe(1);
        (await NamesAsync(new ExpertSearch { Q = "LUCJA BAK" })).ShouldBe(["Łucja Bąk"]);
        (await NamesAsync(new ExpertSearch { Q = "lodz.example" })).ShouldBe(["Łucja Bąk"]);
    }

    [Fact]
    public async Task A_credential_kind_filter_finds_experts_whose_credential_of_that_kind_is_verified_and_in_date_on_the_day()
    {
        var valid = new ExpertBuilder().Named("Vera Valid").Build();
        var expiring = new ExpertBuilder().Named("Eddie Expiring").Build();
        var pending = new ExpertBuilder().Named("Pia Pending").Build();
        var otherKind = new ExpertBuilder().Named("Otto Otherkind").Build();
        var lifelong = new ExpertBuilder().Named("Lena Lifelong").Build();
        await SaveAsync(valid, expiring, pending, otherKind, lifelong,
            new CredentialBuilder(valid).Verified().Build(),
            new CredentialBuilder(expiring).Expiring(new DateOnly(2026, 6, 1)).Verified().Build(),
            new CredentialBuilder(pending).Build(),
            new CredentialBuilder(otherKind).OfKind(CredentialKind.Degree).Expiring(null).Verified().Build(),
            new CredentialBuilder(lifelong).Expiring(null).Verified().Build());

        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense, ValidOn = new DateOnly(2026, 5, 31) }))
            .ShouldBe(["Eddie Expiring", "Lena Lifelong", "Vera Valid"]);
        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense, ValidOn = new DateOnly(2026, 6, 1) }))
            .ShouldBe(["Lena Lifelong", "Vera Valid"]);
        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense, ValidOn = new DateOnly(2031, 1, 1) }))
            .ShouldBe(["Lena Lifelong"]);
        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.Degree })).ShouldBe(["Otto Otherkind"]);
        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.BarAdmission })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_date_the_credential_filter_judges_validity_today()
    {
        var expert = new ExpertBuilder().Named("Eddie Expiring").Build();
        await SaveAsync(expert, new CredentialBuilder(expert).Expiring(new DateOnly(2026, 6, 1)).Verified().Build());

        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense })).ShouldBe(["Eddie Expiring"]);
        Clock.Set(new DateTime(2026, 6, 1, 0, 0, 1, DateTimeKind.Utc));
        (await NamesAsync(new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense })).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_max_rate_filter_compares_the_rate_in_effect_on_the_day_for_that_activity_in_that_currency()
    {
        var day = new DateOnly(2026, 3, 16);
        var cheap = new ExpertBuilder().Named("Carla Cheap").Build();
        cheap.SetRate(Activity.Review, new Money(120m, "USD"), new DateRange(day.AddDays(-100), null));
        var exact = new ExpertBuilder().Named("Ed Exact").Build();
        exact.SetRate(Activity.Review, new Money(180m, "USD"), new DateRange(day.AddDays(-100), null));
        var dear = new ExpertBuilder().Named("Dan Dear").Build();
        dear.SetRate(Activity.Review, new Money(180.01m, "USD"), new DateRange(day.AddDays(-100), null));
        var raised = new ExpertBuilder().Named("Rita Raised").Build();
        raised.SetRate(Activity.Review, new Money(150m, "USD"), new DateRange(day.AddDays(-100), null));
        raised.SetRate(Activity.Review, new Money(250m, "USD"), new DateRange(day.AddDays(10), null));
        var euro = new ExpertBuilder().Named("Eva Euro").Build();
        euro.SetRate(Activity.Review, new Money(90m, "EUR"), new DateRange(day.AddDays(-100), null));
        var annotator = new ExpertBuilder().Named("Anna Annotator").Build();
        annotator.SetRate(Activity.Annotation, new Money(60m, "USD"), new DateRange(day.AddDays(-100), null));
        await SaveAsync(cheap, exact, dear, raised, euro, annotator);

        (await NamesAsync(new ExpertSearch { Activity = Activity.Review, MaxRate = 180m, Currency = "usd", ValidOn = day }))
            .ShouldBe(["Carla Cheap", "Ed Exact", "Rita Raised"]);
        (await NamesAsync(new ExpertSearch { Activity = Activity.Review, MaxRate = 180m, Currency = "USD", ValidOn = day.AddDays(10) }))
            .ShouldBe(["Carla Cheap", "Ed Exact"]);
        (await NamesAsync(new ExpertSearch { Activity = Activity.Review, MaxRate = 100m, Currency = "EUR", ValidOn = day })).ShouldBe(["Eva Euro"]);
        (await NamesAsync(new ExpertSearch { Activity = Activity.Annotation, MaxRate = 60m, Currency = "USD", ValidOn = day })).ShouldBe(["Anna Annotator"]);
        (await NamesAsync(new ExpertSearch { Activity = Activity.Review, MaxRate = 180m, Currency = "USD", ValidOn = day.AddDays(-101) })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Sorting_by_rate_puts_experts_without_a_rate_for_the_activity_last_in_either_direction()
    {
        var day = new DateOnly(2026, 3, 16);
        var low = new ExpertBuilder().Named("Zed Low").Build();
        low.SetRate(Activity.Review, new Money(100m, "USD"), new DateRange(day.AddDays(-10), null));
        var high = new ExpertBuilder().Named("Amy High").Build();
        high.SetRate(Activity.Review, new Money(200.5m, "USD"), new DateRange(day.AddDays(-10), null));
        var none = new ExpertBuilder().Named("Bob None").Build();
        await SaveAsync(low, high, none);

        var ascending = await SearchAsync(new ExpertSearch { Activity = Activity.Review, Currency = "USD", Sort = ExpertSort.Rate, ValidOn = day });
        ascending.Items.Select(i => i.FullName).ShouldBe(["Zed Low", "Amy High", "Bob None"]);
        ascending.Items.Select(i => i.RateAmount).ShouldBe([100m, 200.5m, null]);
        ascending.Items[0].RateCurrency.ShouldBe("USD");
        (await NamesAsync(new ExpertSearch { Activity = Activity.Review, Currency = "USD", Sort = ExpertSort.Rate, Direction = ExpertSortDirection.Desc, ValidOn = day }))
            .ShouldBe(["Amy High", "Zed Low", "Bob None"]);
    }

    [Fact]
    public async Task Available_hours_are_weekly_capacity_minus_hours_of_engagements_accepted_or_active_on_the_day()
    {
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        var request = new StaffingRequestBuilder(project, _taxonomy.Oncology).WithHoursPerWeek(12.5m).Build();
        var busy = new ExpertBuilder().Named("Bea Busy").WithWeeklyCapacity(20m).Build();
        var free = new ExpertBuilder().Named("Fred Free").WithWeeklyCapacity(20m).Build();
        var offered = new ExpertBuilder().Named("Olga Offered").WithWeeklyCapacity(20m).Build();
        var small = new ExpertBuilder().Named("Sam Small").WithWeeklyCapacity(7m).Build();
        foreach (var e in new[] { busy, free, offered, small })
            e.SetRate(Activity.Review, new Money(150m, "USD"), new DateRange(new DateOnly(2026, 1, 1), null));
        var accepted = Propose(busy, request);
        accepted.Offer(TestClock.Start.AddDays(2), TestClock.Start);
        accepted.Accept("Bea Busy", consent: true, "203.0.113.7", "Mozilla/5.0", new string('a', 64), TestClock.Start.AddHours(1));
        var onlyOffered = Propose(offered, request);
        onlyOffered.Offer(TestClock.Start.AddDays(2), TestClock.Start);
        await SaveAsync([.. _taxonomy.All, client, project, request, busy, free, offered, small, accepted, onlyOffered]);
        var inWindow = request.Window.Start.AddDays(3);

        (await NamesAsync(new ExpertSearch { MinAvailableHours = 7.5m, ValidOn = inWindow })).ShouldBe(["Bea Busy", "Fred Free", "Olga Offered"]);
        (await NamesAsync(new ExpertSearch { MinAvailableHours = 7.75m, ValidOn = inWindow })).ShouldBe(["Fred Free", "Olga Offered"]);
        (await NamesAsync(new ExpertSearch { MinAvailableHours = 7m, ValidOn = inWindow })).ShouldBe(["Bea Busy", "Fred Free", "Olga Offered", "Sam Small"]);
        (await NamesAsync(new ExpertSearch { MinAvailableHours = 20m, ValidOn = request.Window.Start.AddDays(-1) })).ShouldBe(["Bea Busy", "Fred Free", "Olga Offered"]);
        (await NamesAsync(new ExpertSearch { MinAvailableHours = 20m, ValidOn = request.Window.End!.Value.AddDays(1) })).ShouldBe(["Bea Busy", "Fred Free", "Olga Offered"]);
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_only_experts_matching_all_of_them()
    {
        var day = new DateOnly(2026, 3, 16);
        Expert Make(string name, string country, Specialty specialty, decimal rate)
        {
            var e = new ExpertBuilder().Named(name).LivingIn(country, country == "PL" ? "Europe/Warsaw" : "Europe/Berlin").In(specialty)
                .WithStatus(ExpertStatus.Active).Speaking("en").Build();
            e.SetRate(Activity.Review, new Money(rate, "USD"), new DateRange(day.AddDays(-30), null));
            return e;
        }
        var match1 = Make("Agata Match", "PL", _taxonomy.HematologicOncology, 150m);
        var match2 = Make("Beata Match", "PL", _taxonomy.Oncology, 170m);
        var wrongCountry = Make("Clara Match", "DE", _taxonomy.Oncology, 150m);
        var tooDear = Make("Dorota Match", "PL", _taxonomy.Oncology, 250m);
        var unlicensed = Make("Ewa Match", "PL", _taxonomy.Oncology, 150m);
        var wrongSpecialty = Make("Fela Match", "PL", _taxonomy.Cardiology, 150m);
        var experts = new[] { match1, match2, wrongCountry, tooDear, unlicensed, wrongSpecialty };
        await SaveAsync([.. _taxonomy.All, .. experts,
            .. experts.Where(e => e != unlicensed).Select(e => new CredentialBuilder(e).Verified().Build())]);

        var search = new ExpertSearch
        {
            Q = "MATCH", SpecialtyId = _taxonomy.Oncology.Id, Status = ExpertStatus.Active, Country = "pl", Language = "en",
            CredentialKind = CredentialKind.MedicalLicense, ValidOn = day, Activity = Activity.Review, MaxRate = 200m, Currency = "USD",
            MinAvailableHours = 20m, Sort = ExpertSort.Rate, Direction = ExpertSortDirection.Desc, PageSize = 1,
        };
        var first = await SearchAsync(search);
        first.TotalCount.ShouldBe(2);
        first.Items.Select(i => i.FullName).ShouldBe(["Beata Match"]);
        search.Page = 2;
        (await NamesAsync(search)).ShouldBe(["Agata Match"]);
    }

    [Fact]
    public async Task Each_sort_orders_the_list_and_can_be_reversed()
    {
        var older = new ExpertBuilder().Named("Ben Older").LivingIn("US", "America/Chicago").WithYearsOfExperience(30).RegisteredAt(TestClock.Start.AddDays(-30)).Build();
        var newer = new ExpertBuilder().Named("Ada Newer").LivingIn("PL", "Europe/Warsaw").WithYearsOfExperience(5).RegisteredAt(TestClock.Start.AddDays(-1)).Build();
        var middle = new ExpertBuilder().Named("Cy Middle").LivingIn("DE", "Europe/Berlin").WithYearsOfExperience(12).RegisteredAt(TestClock.Start.AddDays(-10)).Build();
        await SaveAsync(older, newer, middle);

        (await NamesAsync(new ExpertSearch())).ShouldBe(["Ada Newer", "Ben Older", "Cy Middle"]);
        (await NamesAsync(new ExpertSearch { Direction = ExpertSortDirection.Desc })).ShouldBe(["Cy Middle", "Ben Older", "Ada Newer"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Country })).ShouldBe(["Cy Middle", "Ada Newer", "Ben Older"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Country, Direction = ExpertSortDirection.Desc })).ShouldBe(["Ben Older", "Ada Newer", "Cy Middle"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Experience })).ShouldBe(["Ben Older", "Cy Middle", "Ada Newer"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Experience, Direction = ExpertSortDirection.Asc })).ShouldBe(["Ada Newer", "Cy Middle", "Ben Older"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Newest })).ShouldBe(["Ada Newer", "Cy Middle", "Ben Older"]);
        (await NamesAsync(new ExpertSearch { Sort = ExpertSort.Newest, Direction = ExpertSortDirection.Asc })).ShouldBe(["Ben Older", "Cy Middle", "Ada Newer"]);
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
    public async Task Every_page_of_a_long_filtered_list_holds_the_right_experts_whether_near_the_start_or_deep_in_it()
    {
        // 42 matches: with pages of 2 the first page is found by walking the name order and checking each expert, the
        // later ones (beyond a twentieth of the matches) from the matching experts; both must agree with the filters.
        Expert Make(string name, Specialty specialty) => new ExpertBuilder().Named(name).In(specialty).Speaking("en").Build();
        var matches = Enumerable.Range(1, 42).Select(i => Make($"Match {i:D2}", _taxonomy.HematologicOncology)).ToList();
        var unlicensed = Make("Match 00 unlicensed", _taxonomy.Oncology);
        var lawyer = Make("Match 00 lawyer", _taxonomy.CorporateLaw);
        var mute = new ExpertBuilder().Named("Match 00 no English").In(_taxonomy.Oncology).Speaking("de").Build();
        await SaveAsync([.. _taxonomy.All, .. matches, unlicensed, lawyer, mute,
            .. matches.Append(lawyer).Append(mute).Select(e => new CredentialBuilder(e).Verified().Build())]);

        var seen = new List<string>();
        for (var page = 1; page <= 21; page++)
        {
            var result = await SearchAsync(new ExpertSearch
            {
                SpecialtyId = _taxonomy.Oncology.Id, CredentialKind = CredentialKind.MedicalLicense, Language = "en", Page = page, PageSize = 2,
            });
            result.TotalCount.ShouldBe(42);
            seen.AddRange(result.Items.Select(i => i.FullName));
        }

        seen.ShouldBe(Enumerable.Range(1, 42).Select(i => $"Match {i:D2}"));
    }

    [Fact]
    public async Task A_list_sorted_by_rate_counts_and_pages_every_match_beyond_those_read_ahead_in_rate_order()
    {
        var day = new DateOnly(2026, 3, 16);
        var count = SearchExpertsHandler.RateReadAhead + 3;
        var experts = Enumerable.Range(0, count).Select(i =>
        {
            // Names run against the rate order, so a page in name order would be a different page.
            var e = new ExpertBuilder().Named($"Rated {count - i:D4}").Build();
            e.SetRate(Activity.Review, new Money(50m + i / 2m, "USD"), new DateRange(day.AddDays(-30), null));
            return e;
        }).ToList();
        await SaveAsync([.. experts]);

        async Task<PagedResult<ExpertListItem>> PageAsync(int page) => await SearchAsync(new ExpertSearch
        {
            Sort = ExpertSort.Rate, Activity = Activity.Review, Currency = "USD", ValidOn = day, Page = page, PageSize = 2,
        });
        string NameAt(int index) => experts[index].FullName;

        var first = await PageAsync(1);
        first.TotalCount.ShouldBe(count);
        first.Items.Select(i => i.FullName).ShouldBe([NameAt(0), NameAt(1)]);
        first.Items[0].RateAmount.ShouldBe(50m);
        var lastRead = await PageAsync(SearchExpertsHandler.RateReadAhead / 2);
        lastRead.TotalCount.ShouldBe(count);
        lastRead.Items.Select(i => i.FullName).ShouldBe([NameAt(count - 5), NameAt(count - 4)]);
        var beyond = await PageAsync(SearchExpertsHandler.RateReadAhead / 2 + 2);
        beyond.TotalCount.ShouldBe(count);
        beyond.Items.Select(i => i.FullName).ShouldBe([NameAt(count - 1)]);
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

    private static Engagement Propose(Expert expert, Domain.Staffing.StaffingRequest request) =>
        Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, TestClock.Start);

    private Task<PagedResult<ExpertListItem>> SearchAsync(ExpertSearch search) =>
        App.RunAsync(services => services.Get<SearchExpertsHandler>().HandleAsync(search, Cancellation));

    private async Task<IReadOnlyList<string>> NamesAsync(ExpertSearch search) =>
        (await SearchAsync(search)).Items.Select(i => i.FullName).ToList();
}
