using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Clients;

public abstract class ClientsAndProjectsTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private static ClientInput ClientInput(string name) => new()
    {
        Name = name, LegalName = name + " S.A.", BillingEmail = "Billing@Client.example", BillingAddress = "Rue de la Loi 1, Brussels",
        CountryCode = "be", Currency = "eur", VatRatePercent = 21m, VatNumber = "BE0123456789", RequiresClientNda = true,
        RestrictedCompanies = ["Contoso", " ", "contoso", "Fabrikam"],
    };

    private static ProjectInput ProjectInput(Guid clientId) => new()
    {
        ClientId = clientId, Name = "Clinical QA", Code = "be-cqa-1", Description = "Answer clinical questions.", ExpertBrief = "Short clinical Q&A.",
        Confidentiality = ConfidentialityLevel.Restricted, Budget = 90000.5m, Currency = "EUR", TimeZoneId = "Europe/Brussels",
        Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 12, 31),
    };

    private Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => App.RunAsync(work);

    [Fact]
    public async Task A_client_and_its_project_are_stored_and_read_back_with_the_price_list()
    {
        var clientId = await RunAsync(s => s.Get<CreateClientHandler>().HandleAsync(new CreateClientCommand(ClientInput("Bruxelles Health")), Cancellation));
        var projectId = await RunAsync(s => s.Get<CreateProjectHandler>().HandleAsync(new CreateProjectCommand(ProjectInput(clientId)), Cancellation));
        await RunAsync(async s =>
        {
            await s.Get<AddPriceListEntryHandler>().HandleAsync(new AddPriceListEntryCommand(projectId,
                new PriceListEntryInput { Tier = ExpertTier.Senior, Activity = Activity.Review, Amount = 120.1234m, From = new DateOnly(2027, 1, 1) }), Cancellation);
            return 0;
        });

        var client = (await RunAsync(s => s.Get<GetClientHandler>().HandleAsync(new GetClientQuery(clientId), Cancellation))).ShouldNotBeNull();
        var project = (await RunAsync(s => s.Get<GetProjectHandler>().HandleAsync(new GetProjectQuery(projectId), Cancellation))).ShouldNotBeNull();

        (client.CountryCode, client.Currency, client.VatRate, client.BillingEmail).ShouldBe(("BE", "EUR", 0.21m, "billing@client.example"));
        client.RestrictedCompanies.ShouldBe(["Contoso", "Fabrikam"]);
        client.Projects.ShouldHaveSingleItem().Code.ShouldBe("BE-CQA-1");
        (project.Budget, project.Currency, project.RequiredNdaScope, project.ClientName).ShouldBe((90000.5m, "EUR", "Client", "Bruxelles Health"));
        var price = project.PriceList.ShouldHaveSingleItem();
        (price.Tier, price.Activity, price.HourlyRate, price.To).ShouldBe(("Senior", "Review", 120.1234m, (DateOnly?)null));
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_keeps_the_first_save()
    {
        var clientId = await RunAsync(s => s.Get<CreateClientHandler>().HandleAsync(new CreateClientCommand(ClientInput("Stale Health")), Cancellation));
        var first = ClientInput("First Name");
        first.RestrictedCompanies = ["Litware"];
        var version = await RunAsync(s => s.Get<UpdateClientHandler>().HandleAsync(new UpdateClientCommand(clientId, 0, first), Cancellation));

        await Should.ThrowAsync<Refusal>(() => RunAsync(s => s.Get<UpdateClientHandler>().HandleAsync(new UpdateClientCommand(clientId, 0, ClientInput("Second Name")), Cancellation)));

        version.ShouldBeGreaterThan(0);
        var client = (await RunAsync(s => s.Get<GetClientHandler>().HandleAsync(new GetClientQuery(clientId), Cancellation))).ShouldNotBeNull();
        (client.Name, client.Version).ShouldBe(("First Name", version));
        client.RestrictedCompanies.ShouldBe(["Litware"]);
    }

    [Fact]
    public async Task A_project_edit_from_a_stale_version_is_refused()
    {
        var clientId = await RunAsync(s => s.Get<CreateClientHandler>().HandleAsync(new CreateClientCommand(ClientInput("Project Stale")), Cancellation));
        var projectId = await RunAsync(s => s.Get<CreateProjectHandler>().HandleAsync(new CreateProjectCommand(ProjectInput(clientId)), Cancellation));
        var edit = ProjectInput(clientId);
        edit.Name = "Renamed";
        await RunAsync(s => s.Get<UpdateProjectHandler>().HandleAsync(new UpdateProjectCommand(projectId, 0, edit), Cancellation));

        edit.Name = "Renamed again";
        await Should.ThrowAsync<Refusal>(() => RunAsync(s => s.Get<UpdateProjectHandler>().HandleAsync(new UpdateProjectCommand(projectId, 0, edit), Cancellation)));

        (await RunAsync(s => s.Get<GetProjectHandler>().HandleAsync(new GetProjectQuery(projectId), Cancellation)))!.Name.ShouldBe("Renamed");
    }

    [Fact]
    public async Task An_overlapping_bill_rate_is_refused_and_an_open_one_is_ended_by_its_successor()
    {
        var clientId = await RunAsync(s => s.Get<CreateClientHandler>().HandleAsync(new CreateClientCommand(ClientInput("Overlap Health")), Cancellation));
        var projectId = await RunAsync(s => s.Get<CreateProjectHandler>().HandleAsync(new CreateProjectCommand(ProjectInput(clientId)), Cancellation));
        Task AddAsync(decimal amount, DateOnly from, DateOnly? to) => RunAsync(async s =>
        {
            await s.Get<AddPriceListEntryHandler>().HandleAsync(new AddPriceListEntryCommand(projectId,
                new PriceListEntryInput { Tier = ExpertTier.Principal, Activity = Activity.RedTeaming, Amount = amount, From = from, To = to }), Cancellation);
            return 0;
        });
        await AddAsync(200m, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));
        await AddAsync(210m, new DateOnly(2027, 4, 1), null);

        var refused = await Should.ThrowAsync<Refusal>(() => AddAsync(220m, new DateOnly(2027, 3, 15), new DateOnly(2027, 4, 15)));
        await AddAsync(230m, new DateOnly(2027, 7, 1), null);

        refused.Message.ShouldBe("The Principal RedTeaming bill rate 2027-01-01 to 2027-03-31 overlaps the new period 2027-03-15 to 2027-04-15.");
        var lines = await ReadAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == projectId).SelectMany(p => p.PriceList).ToListAsync(Cancellation));
        lines.OrderBy(l => l.Effective.Start).Select(l => (l.HourlyRate.Amount, l.Effective.End)).ShouldBe(
            [(200m, (DateOnly?)new DateOnly(2027, 3, 31)), (210m, new DateOnly(2027, 6, 30)), (230m, null)]);
    }
}
