using System.Net;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>Clients, projects and price lists through the staff pages: forms, validation, antiforgery, versions and roles.</summary>
public sealed class ClientPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> ClientFields(string name) =>
    [
        new("Input.Name", name), new("Input.LegalName", name + " GmbH"), new("Input.BillingEmail", "billing@helio.example"),
        new("Input.BillingAddress", "Unter den Linden 1, 10117 Berlin"), new("Input.CountryCode", "de"), new("Input.Currency", "eur"),
        new("Input.VatRatePercent", "19"), new("Input.VatNumber", "DE123456789"), new("Input.RequiresClientNda", "true"),
        new("RestrictedCompaniesText", "Contoso Pharma\r\n\r\nFabrikam AG\n"), new("Version", "0"),
    ];

    private static async Task<Guid> CreateClientAsync(Browser browser, string name)
    {
        var created = await browser.SubmitAsync("/clients/new", "/clients/new", ClientFields(name));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.Text);
        return Guid.Parse(created.Location!["/clients/".Length..]);
    }

    private static List<KeyValuePair<string, string>> ProjectFields(Guid clientId, string code) =>
    [
        new("Input.ClientId", clientId.ToString()), new("Input.Name", "Radiology report review"), new("Input.Code", code),
        new("Input.Description", "Review model-written radiology reports."), new("Input.ExpertBrief", "Review short reports in your field."),
        new("Input.Confidentiality", "Confidential"), new("Input.Budget", "120000"), new("Input.Currency", "EUR"),
        new("Input.TimeZoneId", "Europe/Berlin"), new("Input.Start", "2027-01-04"), new("Input.End", "2027-06-30"), new("Version", "0"),
    ];

    private static async Task<Guid> CreateProjectAsync(Browser browser, Guid clientId, string code)
    {
        var created = await browser.SubmitAsync("/projects/new", "/projects/new", ProjectFields(clientId, code));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.Text);
        return Guid.Parse(created.Location!["/projects/".Length..]);
    }

    private static string NewCode() => "RAD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    [Fact]
    public async Task A_program_manager_creates_a_client_and_sees_its_billing_details_and_restrictions()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var id = await CreateClientAsync(pm, "Helio Diagnostics");
        var page = await pm.GetAsync($"/clients/{id}");

        page.Text.ShouldContain("Helio Diagnostics is recorded. Open its first project next.");
        page.Text.ShouldContain("Helio Diagnostics GmbH");
        page.Text.ShouldContain("19 %");
        page.Text.ShouldContain("EUR");
        page.Text.ShouldContain("Required before work on its projects");
        page.Text.ShouldContain("Contoso Pharma");
        page.Text.ShouldContain("Fabrikam AG");
        (await pm.GetAsync("/clients")).Text.ShouldContain("Helio Diagnostics");
    }

    [Fact]
    public async Task An_incomplete_client_form_shows_what_is_missing_and_records_nothing()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var before = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Clients.CountAsync(Cancellation));

        var page = await pm.SubmitAsync("/clients/new", "/clients/new",
            [new("Input.Name", ""), new("Input.BillingEmail", "nope"), new("Input.CountryCode", "Germany"), new("Input.Currency", "EURO"), new("Input.VatRatePercent", "120")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Enter the client's name.");
        page.Text.ShouldContain("Enter a valid billing email address.");
        page.Text.ShouldContain("The country must be a two-letter ISO code such as DE or US.");
        page.Text.ShouldContain("The currency must be a three-letter ISO code such as USD or EUR.");
        page.Text.ShouldContain("The VAT rate must be between 0 and 99.99 percent.");
        (await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Clients.CountAsync(Cancellation))).ShouldBe(before);
    }

    [Fact]
    public async Task Reverse_charge_without_a_vat_number_is_refused_with_the_domain_message()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var fields = ClientFields("No VAT Number Ltd").Where(f => f.Key != "Input.VatNumber").Append(new("Input.ReverseCharge", "true"));

        var page = await pm.SubmitAsync("/clients/new", "/clients/new", fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Reverse charge needs the client's VAT number.");
    }

    [Fact]
    public async Task Saving_a_client_edit_opened_before_someone_elses_save_says_so_and_keeps_their_change()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var id = await CreateClientAsync(pm, "Stale Edit Client");
        var first = ClientFields("First Save Client");
        (await pm.SubmitAsync($"/clients/{id}/edit", $"/clients/{id}/edit", first)).Status.ShouldBe(HttpStatusCode.Redirect);

        var stale = await pm.SubmitAsync($"/clients/{id}/edit", $"/clients/{id}/edit", ClientFields("Second Save Client"));

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Text.ShouldContain("This client was changed by someone else after you opened it. Nothing was saved");
        (await pm.GetAsync($"/clients/{id}")).Text.ShouldContain("First Save Client");
    }

    [Fact]
    public async Task Creating_a_client_without_the_antiforgery_token_is_refused()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var page = await pm.PostAsync("/clients/new", ClientFields("No Token Client"));

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_project_gets_a_price_list_and_an_overlapping_rate_is_refused_with_the_reason()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var clientId = await CreateClientAsync(pm, "Price List Client");
        var code = NewCode();
        var id = await CreateProjectAsync(pm, clientId, code);
        KeyValuePair<string, string>[] rate = [new("Tier", "Senior"), new("Activity", "Review"), new("Amount", "140"), new("From", "2027-01-04"), new("To", "2027-03-31")];

        var added = await pm.SubmitAsync($"/projects/{id}", $"/projects/{id}/prices", rate);
        var overlap = await pm.SubmitAsync($"/projects/{id}", $"/projects/{id}/prices",
            [new("Tier", "Senior"), new("Activity", "Review"), new("Amount", "150"), new("From", "2027-03-01")]);
        var page = await pm.GetAsync($"/projects/{id}");

        added.Location.ShouldBe($"/projects/{id}");
        overlap.Location.ShouldBe($"/projects/{id}");
        page.Text.ShouldContain(code);
        page.Text.ShouldContain("The client's own NDA");
        page.Text.ShouldContain("140.00 EUR");
        page.Text.ShouldContain("The Senior Review bill rate 2027-01-04 to 2027-03-31 overlaps the new period from 2027-03-01.");
        page.Text.ShouldNotContain("150.00 EUR");
    }

    [Fact]
    public async Task An_incomplete_project_form_shows_what_is_missing()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var page = await pm.SubmitAsync("/projects/new", "/projects/new",
            [new("Input.Name", ""), new("Input.Code", "bad code!"), new("Input.Currency", "EUR"), new("Input.TimeZoneId", "Europe/Berlin")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Choose the client.");
        page.Text.ShouldContain("Enter the project name.");
        page.Text.ShouldContain("A project code may contain only letters, digits and hyphens.");
        page.Text.ShouldContain("Enter the budget.");
        page.Text.ShouldContain("Enter the end date.");
    }

    [Fact]
    public async Task Saving_a_project_edit_opened_before_someone_elses_save_says_so()
    {
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var clientId = await CreateClientAsync(pm, "Project Edit Client");
        var id = await CreateProjectAsync(pm, clientId, NewCode());
        var fields = ProjectFields(clientId, NewCode());
        (await pm.SubmitAsync($"/projects/{id}/edit", $"/projects/{id}/edit", fields)).Status.ShouldBe(HttpStatusCode.Redirect);

        var stale = await pm.SubmitAsync($"/projects/{id}/edit", $"/projects/{id}/edit", fields);

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Text.ShouldContain("This project was changed by someone else after you opened it. Nothing was saved");
    }

    [Theory]
    [InlineData(DemoStaff.Finance)]
    [InlineData(DemoStaff.Compliance)]
    public async Task Finance_and_compliance_read_clients_and_projects_but_may_not_change_them(string who)
    {
        using var browser = await app.SignedInAsync(who);
        var clientId = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Clients.Select(c => c.Id).FirstAsync(Cancellation));

        var list = await browser.GetAsync("/clients");
        var client = await browser.GetAsync($"/clients/{clientId}");
        var projects = await browser.GetAsync("/projects");
        var form = await browser.GetAsync("/clients/new");
        var post = await browser.SubmitAsync("/clients", "/clients/new", ClientFields("Not Allowed Client"));

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Navigation.ShouldContain("Clients");
        list.Text.ShouldNotContain("New client");
        client.Status.ShouldBe(HttpStatusCode.OK);
        client.Text.ShouldNotContain("Edit client");
        projects.Status.ShouldBe(HttpStatusCode.OK);
        form.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        post.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
    }
}
