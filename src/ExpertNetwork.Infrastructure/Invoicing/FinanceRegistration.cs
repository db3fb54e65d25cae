using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Invoicing;

public static class FinanceRegistration
{
    /// <summary>Binds the <c>Finance</c> section; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddFinance(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new FinanceOptions();
        var section = configuration.GetSection(FinanceOptions.Section);
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        services.AddSingleton(options);
        return services;
    }
}
