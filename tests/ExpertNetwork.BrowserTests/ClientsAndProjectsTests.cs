using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// A program manager records a client, opens a project for it and prices it, in a browser. Runs against an app of its
/// own, because it adds a client and a project the other tests would otherwise see.
/// </summary>
public sealed class ClientsAndProjectsTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task A_program_manager_records_a_client_opens_a_project_and_adds_a_bill_rate()
    {
        await SignInAsync(ProgramManager);

        await Page.GotoAsync("/clients");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New client" }).ClickAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Helio Diagnostics");
        await Page.GetByLabel("Legal name").FillAsync("Helio Diagnostics GmbH");
        await Page.GetByLabel("Billing email").FillAsync("rechnung@helio.example");
        await Page.GetByLabel("Country").FillAsync("DE");
        await Page.GetByLabel("Currency").FillAsync("EUR");
        await Page.GetByLabel("VAT rate").FillAsync("19");
        await Page.GetByLabel("VAT number").FillAsync("DE298765432");
        await Page.GetByLabel("Experts need this client's own NDA").CheckAsync();
        await Page.GetByLabel("Billing address").FillAsync("Invalidenstraße 20, 10115 Berlin, Germany");
        await Page.GetByLabel("Restricted companies").FillAsync("Contoso Imaging\nFabrikam Radiology AG");
        await Screenshots.SaveAsync(Page, "client-new.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Helio Diagnostics is recorded. Open its first project next.");
        await Assertions.Expect(Page.GetByText("Fabrikam Radiology AG")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "New project" }).ClickAsync();
        await Page.GetByLabel("Project name").FillAsync("Radiology report review");
        await Page.GetByLabel("Code (letters").FillAsync("HEL-RAD-1");
        await Page.GetByLabel("Confidentiality").SelectOptionAsync("Confidential");
        await Page.GetByLabel("Time zone").SelectOptionAsync("Europe/Berlin");
        await Page.GetByLabel("Budget").FillAsync("120000");
        await Page.GetByLabel("Start", new() { Exact = true }).FillAsync("2027-01-04");
        await Page.GetByLabel("End", new() { Exact = true }).FillAsync("2027-06-30");
        await Page.GetByLabel("Description").FillAsync("Radiologists review model-written CT and MRI reports for clinical accuracy.");
        await Page.GetByLabel("Expert brief").FillAsync("Review short imaging reports in your subspecialty, about 20 minutes each.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Radiology report review is open. Add its price list next.");

        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a bill rate" });
        await add.GetByLabel("Tier").SelectOptionAsync("Senior");
        await add.GetByLabel("Activity").SelectOptionAsync("Review");
        await add.GetByLabel("Hourly rate").FillAsync("145");
        await add.GetByLabel("From").FillAsync("2027-01-04");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add bill rate" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The bill rate is added to the price list.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Price list" })).ToContainTextAsync("145.00 EUR");
        await Assertions.Expect(Page.GetByText("The client's own NDA")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "project-price-list.png");
    }
}
