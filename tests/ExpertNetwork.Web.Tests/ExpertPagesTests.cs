using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class ExpertPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const int DemoExperts = 520;
    private const int PageSize = 25;

    private Task<Browser> ComplianceAsync() => app.SharedBrowserAsync(DemoStaff.Compliance);

    [Fact]
    public async Task The_list_shows_25_experts_a_page_and_the_total()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TotalExperts.ShouldBe(DemoExperts);
        page.Text.ShouldContain("520 experts · page 1 of 21");
        page.ExpertRows.Count.ShouldBe(PageSize);
        page.Markup.ShouldContain("rel=\"next\" href=\"/experts?page=2\"");
    }

    [Fact]
    public async Task The_second_page_shows_the_next_25_experts()
    {
        var browser = await ComplianceAsync();

        var first = await browser.GetAsync("/experts");
        var second = await browser.GetAsync("/experts?page=2");

        second.Status.ShouldBe(HttpStatusCode.OK);
        second.Text.ShouldContain("page 2 of 21");
        second.ExpertRows.Count.ShouldBe(PageSize);
        second.ExpertRows.Select(r => r.Id).ShouldNotContain(id => first.ExpertRows.Any(r => r.Id == id));
        second.Markup.ShouldContain("rel=\"prev\" href=\"/experts?page=1\"");
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts?page=999");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("page 21 of 21");
        page.ExpertRows.Count.ShouldBe(DemoExperts - (20 * PageSize));
    }

    [Fact]
    public async Task Filtering_by_status_lists_only_experts_with_that_status()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts?status=Suspended");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TotalExperts.ShouldBeInRange(1, DemoExperts - 1);
        page.ExpertRows.ShouldNotBeEmpty();
        page.ExpertRows.ShouldAllBe(r => r.Status == "suspended");
    }

    [Fact]
    public async Task Filtering_by_country_lists_only_experts_in_that_country_whatever_the_letter_case()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts?country=de");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TotalExperts.ShouldBeInRange(1, DemoExperts - 1);
        page.ExpertRows.ShouldAllBe(r => r.Country == "DE");
    }

    [Fact]
    public async Task Filtering_by_language_narrows_the_list()
    {
        var browser = await ComplianceAsync();

        var polish = await browser.GetAsync("/experts?language=pl");
        var english = await browser.GetAsync("/experts?language=en");

        polish.Status.ShouldBe(HttpStatusCode.OK);
        polish.TotalExperts.ShouldBeInRange(1, DemoExperts - 1);
        polish.ExpertRows.ShouldContain(r => r.Country == "PL");
        english.TotalExperts.ShouldBe(DemoExperts, "every demo expert speaks English");
    }

    [Fact]
    public async Task Filtering_by_a_specialty_chosen_from_the_list_includes_its_sub_specialties()
    {
        var browser = await ComplianceAsync();
        var oncology = (await browser.GetAsync("/experts")).OptionValue("Oncology");

        var page = await browser.GetAsync($"/experts?specialtyId={oncology}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TotalExperts.ShouldBeInRange(1, DemoExperts - 1);
        page.ExpertRows.ShouldAllBe(r => r.Specialties.Contains("oncology", StringComparison.OrdinalIgnoreCase));
        page.Markup.ShouldContain($"<option value=\"{oncology}\" selected=\"selected\">");
    }

    [Fact]
    public async Task Filters_combine()
    {
        var browser = await ComplianceAsync();

        var active = await browser.GetAsync("/experts?status=Active");
        var activeInGermany = await browser.GetAsync("/experts?status=Active&country=DE");

        activeInGermany.TotalExperts.ShouldBeInRange(1, active.TotalExperts - 1);
        activeInGermany.ExpertRows.ShouldAllBe(r => r.Country == "DE" && r.Status == "active");
    }

    [Fact]
    public async Task Credential_rate_and_availability_filters_narrow_the_list_and_show_the_rate_for_the_activity_sorted()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts?credentialKind=MedicalLicense&activity=Review&currency=usd&maxRate=250&minAvailableHours=10&sort=Rate&pageSize=100");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldNotContain("not understood");
        page.TotalExperts.ShouldBeInRange(1, DemoExperts - 1);
        page.Markup.ShouldContain("<th class=\"num\">Review rate</th>");
        var rates = System.Text.RegularExpressions.Regex.Matches(page.Markup, @"<td class=""num nowrap"">(?<amount>[0-9.]+) USD</td>")
            .Select(m => decimal.Parse(m.Groups["amount"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        rates.Count.ShouldBe(page.ExpertRows.Count);
        rates.ShouldAllBe(r => r <= 250m);
        rates.ShouldBeInOrder();
        page.Markup.ShouldContain("<option value=\"Rate\" selected=\"selected\">");
    }

    [Fact]
    public async Task Paging_keeps_every_filter_and_the_sort()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts?activity=Review&currency=USD&maxRate=400&sort=Rate&direction=Desc&credentialKind=MedicalLicense&validOn=2026-03-16");

        page.Markup.ShouldContain("rel=\"next\" href=\"/experts?credentialKind=MedicalLicense&amp;validOn=2026-03-16&amp;activity=Review&amp;maxRate=400&amp;currency=USD&amp;sort=Rate&amp;direction=Desc&amp;page=2\"");
    }

    public static TheoryData<string, string> MalformedFilters => new()
    {
        { "page=abc", "The value 'abc' is not valid for Page." },
        { "pageSize=0", "Page size must be between 1 and 100." },
        { "country=Germany", "Country must be a two-letter ISO code such as DE or US." },
        { "language=english", "Language must be an ISO 639 code such as en or de." },
        { "status=Bogus", "'Bogus' is not a known status; use one of Applicant, Vetted, Active, Suspended, Archived." },
        { "status=7", "'7' is not a known status; use one of Applicant, Vetted, Active, Suspended, Archived." },
        { "credentialKind=Passport", "'Passport' is not a known credential kind; use one of MedicalLicense, BoardCertification, BarAdmission, ProfessionalEngineerLicense, CharteredSurveyor, Cfa, Degree, Other." },
        { "activity=Surgery", "'Surgery' is not a known activity; use one of Annotation, Review, RubricDesign, RedTeaming, Evaluation." },
        { "sort=cheapest", "'cheapest' is not a known sort; use one of Name, Country, Experience, Rate, Newest." },
        { "direction=up", "'up' is not a known direction; use one of Asc, Desc." },
        { "credentialKind=Cfa&validOn=2026-02-30", "'2026-02-30' is not a date for valid on; write it as yyyy-MM-dd, for example 2026-03-16." },
        { "validOn=16.03.2026", "'16.03.2026' is not a date for valid on; write it as yyyy-MM-dd, for example 2026-03-16." },
        { "activity=Review&currency=USD&maxRate=-5", "Max rate must be between 0 and 1000000 per hour." },
        { "activity=Review&maxRate=100", "Give the currency of the max rate (rates are compared only within one currency)." },
        { "currency=USD&maxRate=100", "Choose the activity the max rate is for." },
        { "activity=Review&currency=dollars&maxRate=100", "Currency must be a three-letter ISO code such as USD or EUR." },
        { "sort=Rate&currency=USD", "Choose the activity whose rate the list is sorted by." },
        { "minAvailableHours=-1", "Available hours per week must be between 0 and 80." },
        { "minAvailableHours=lots", "The value 'lots' is not valid for Min available hours." },
        { "specialtyId=not-a-guid", "The value 'not-a-guid' is not valid for SpecialtyId." },
        { "specialtyId=3f2504e0-4f89-41d3-9a0c-0305e82c3301", "That specialty does not exist." },
        { "q=" + new string('x', 500), "Search text must be at most 100 characters." },
    };

    [Theory]
    [MemberData(nameof(MalformedFilters))]
    public async Task A_filter_that_is_not_understood_is_explained_on_the_page_and_the_full_list_is_shown(string query, string message)
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync($"/experts?{query}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Some filters were not understood, so they were cleared:");
        page.Text.ShouldContain(message);
        page.TotalExperts.ShouldBe(DemoExperts);
    }

    [Fact]
    public async Task An_unknown_expert_shows_the_not_found_page()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync($"/experts/{Guid.NewGuid()}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("<h1>Page not found</h1>");
    }

    [Fact]
    public async Task An_expert_address_that_is_not_an_id_shows_the_not_found_page()
    {
        var browser = await ComplianceAsync();

        var page = await browser.GetAsync("/experts/not-a-guid");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("<h1>Page not found</h1>");
    }

    [Fact]
    public async Task The_profile_shows_credentials_ndas_rate_card_and_history()
    {
        var browser = await ComplianceAsync();
        var expert = await app.ExpertWithFullRecordAsync();

        var page = await browser.GetAsync($"/experts/{expert.Id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"<h1>{expert.Name}</h1>");
        foreach (var table in new[] { "Rate card", "Credentials", "NDAs", "History" })
            page.Markup.ShouldContain($"aria-label=\"{table}\"", customMessage: $"the {table} table is shown");
        page.Text.ShouldContain("Master confidentiality agreement");
        page.Text.ShouldContain("USD");
        page.Text.ShouldNotContain("No recorded changes.");
    }
}
