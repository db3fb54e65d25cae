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
        services.AddSingleton(Read(configuration));
        return services;
    }

    /// <summary>The <c>Finance</c> section, checked; the scheduler reads its job intervals from here too.</summary>
    public static FinanceOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new FinanceOptions();
        var section = configuration.GetSection(FinanceOptions.Section);
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (section["BudgetWatchMinutes"] is { Length: > 0 } minutes)
        {
            if (!int.TryParse(minutes, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
                throw new ConfigurationException($"Finance:BudgetWatchMinutes must be a whole number of minutes from 1 to 1440 (it is '{minutes}').");
            options.BudgetWatchMinutes = n;
        }
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        return options;
    }
}
