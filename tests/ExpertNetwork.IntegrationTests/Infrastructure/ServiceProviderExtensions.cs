using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

public static class ServiceProviderExtensions
{
    public static ExpertNetworkDbContext Db(this IServiceProvider services) => services.GetRequiredService<ExpertNetworkDbContext>();

    public static T Get<T>(this IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();
}
