using System.Globalization;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class ExpertRegistryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_program_manager_edits_a_profile_but_sees_the_email_read_only_with_who_may_change_it()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/experts?status=Active");
        await Page.GetByRole(AriaRole.Table, new() { Name = "Experts" }).Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Edit profile", Level = 1 })).ToBeVisibleAsync();
        var email = Page.GetByLabel("Email", new() { Exact = true });
        await Assertions.Expect(email).Not.ToBeEditableAsync();
        await Assertions.Expect(Page.GetByText("Only Compliance or an Admin can change an expert's email address.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Full name")).ToBeEditableAsync();
        await Screenshots.SaveAsync(Page, "expert-edit-program-manager.png");
    }

    [Fact]
    public async Task A_program_manager_filters_the_registry_by_oncology_pages_through_it_and_opens_an_expert_profile()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Experts" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(ExpertsUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Experts", Level = 1 })).ToBeVisibleAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Experts" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        var total = DemoDataSeeder.ExpertCount.ToString("N0", CultureInfo.InvariantCulture);
        var pages = (DemoDataSeeder.ExpertCount + Paging.DefaultPageSize - 1) / Paging.DefaultPageSize;
        await Assertions.Expect(Page.Locator(".result-count")).ToHaveTextAsync($"{total} experts · page 1 of {pages}");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(Paging.DefaultPageSize);
        await Screenshots.SaveAsync(Page, "experts-list.png");

        var filters = Page.GetByRole(AriaRole.Search);
        var specialty = filters.GetByLabel("Specialty");
        var oncology = specialty.Locator("option").Filter(new() { HasTextRegex = OncologyOption() });
        await Assertions.Expect(oncology).ToHaveCountAsync(1);
        await specialty.SelectOptionAsync(new SelectOptionValue { Value = await oncology.GetAttributeAsync("value") });
        await filters.GetByLabel("Status").SelectOptionAsync("Active");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(ActiveOncologyUrl());
        await Assertions.Expect(Page.Locator(".result-count")).ToHaveTextAsync(FirstOfSeveralPages());
        await ExpectEveryRowIsAnActiveOncologistAsync(table);
        await Screenshots.SaveAsync(Page, "experts-filtered-oncology.png");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(SecondPageUrl());
        await Assertions.Expect(Page.Locator(".result-count")).ToContainTextAsync("page 2 of");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Previous" })).ToBeVisibleAsync();
        await Assertions.Expect(filters.GetByLabel("Status")).ToHaveValueAsync("Active");
        await ExpectEveryRowIsAnActiveOncologistAsync(table);
        await Screenshots.SaveAsync(Page, "experts-filtered-oncology-page-2.png");

        var firstExpert = table.Locator("tbody tr").First.GetByRole(AriaRole.Link);
        var name = (await firstExpert.InnerTextAsync()).Trim();
        await firstExpert.ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(ExpertDetailUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        foreach (var section in new[] { "Profile", "Rate card", "Credentials", "NDAs", "History" })
            await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = section, Level = 2, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Rate card" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".profile-head .badge")).ToHaveTextAsync("Active");
        await Screenshots.SaveAsync(Page, "expert-detail.png");
    }

    [Fact]
    public async Task A_program_manager_finds_licensed_reviewers_under_a_rate_cheapest_first()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/experts");

        var filters = Page.GetByRole(AriaRole.Search);
        await filters.Locator("select[name=credentialKind]").SelectOptionAsync("MedicalLicense");
        await filters.Locator("select[name=activity]").SelectOptionAsync("Review");
        await filters.Locator("input[name=maxRate]").FillAsync("220");
        await filters.Locator("input[name=currency]").FillAsync("USD");
        await filters.Locator("input[name=minAvailableHours]").FillAsync("10");
        await filters.Locator("select[name=sort]").SelectOptionAsync("Rate");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(RateFilterUrl());
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Experts" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Review rate" })).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr").First).ToBeVisibleAsync();
        var rates = (await table.Locator("tbody tr td:nth-child(7)").AllInnerTextsAsync())
            .Select(t => decimal.Parse(t.Replace(" USD", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        rates.ShouldNotBeEmpty();
        rates.ShouldAllBe(r => r <= 220m);
        rates.ShouldBeInOrder();
        await Assertions.Expect(filters.GetByLabel("Max rate/h")).ToHaveValueAsync("220");
        await Screenshots.SaveAsync(Page, "experts-filtered-rate.png");

        await filters.Locator("input[name=currency]").FillAsync("");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the currency of the max rate (rates are compared only within one currency).");
        await Screenshots.SaveAsync(Page, "experts-filter-error.png");
    }

    private static async Task ExpectEveryRowIsAnActiveOncologistAsync(ILocator table)
    {
        await Assertions.Expect(table.Locator("tbody tr").First).ToBeVisibleAsync();
        var specialties = await table.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync();
        specialties.Count.ShouldBeGreaterThan(0);
        specialties.ShouldAllBe(s => s.Contains("oncology", StringComparison.OrdinalIgnoreCase));
        var statuses = await table.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync();
        statuses.ShouldAllBe(s => s.Trim() == "Active");
    }

    [GeneratedRegex(@"/experts$")]
    private static partial Regex ExpertsUrl();

    [GeneratedRegex(@"/experts\?.*specialtyId=[0-9a-f-]+.*status=Active")]
    private static partial Regex ActiveOncologyUrl();

    [GeneratedRegex(@"/experts\?.*credentialKind=MedicalLicense.*activity=Review.*maxRate=220.*sort=Rate")]
    private static partial Regex RateFilterUrl();

    [GeneratedRegex(@"[?&]page=2(&|$)")]
    private static partial Regex SecondPageUrl();

    [GeneratedRegex(@"/experts/[0-9a-f-]{36}$")]
    private static partial Regex ExpertDetailUrl();

    // The "Oncology" node itself; its children are "Breast oncology", "Radiation oncology", ... in lower case.
    [GeneratedRegex("Oncology")]
    private static partial Regex OncologyOption();

    [GeneratedRegex(@"^\d+ experts · page 1 of ([2-9]|\d{2,})$")]
    private static partial Regex FirstOfSeveralPages();
}
