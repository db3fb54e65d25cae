using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Compliance;

public static class ComplianceRegistration
{
    /// <summary>Binds the <c>Compliance</c> section; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ComplianceOptions();
        var section = configuration.GetSection(ComplianceOptions.Section);
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (section["SenderName"] is { Length: > 0 } sender)
            options.SenderName = sender.Trim();
        var days = section.GetSection("ReminderDays").GetChildren().Select(c => c.Value).ToList();
        if (days.Count > 0)
        {
            var parsed = days.Select(d => int.TryParse(d, out var n) ? n : 0).ToList();
            options.ReminderDays = parsed;
        }
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        services.AddSingleton(options);
        return services;
    }
}
