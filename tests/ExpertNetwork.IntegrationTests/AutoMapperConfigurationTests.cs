using AutoMapper;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.IntegrationTests;

public sealed class AutoMapperConfigurationTests
{
    [Fact]
    public async Task Every_read_projection_maps_every_member()
    {
        // Resolving the mapper touches no database.
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.GetTempPath(), false);
        await using var app = AppServices.Create(settings, new TestClock(), new SystemActor("tests"));
        await using var scope = app.NewScope();

        var mapper = scope.ServiceProvider.GetRequiredService<IMapper>();

        Should.NotThrow(mapper.ConfigurationProvider.AssertConfigurationIsValid);
    }
}
