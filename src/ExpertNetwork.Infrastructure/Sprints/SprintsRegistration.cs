using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Sprints;

public static class SprintsRegistration
{
    /// <summary>Binds the <c>Sprints</c> section and the calendar invitations; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddSprints(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SprintOptions();
        var section = configuration.GetSection(SprintOptions.Section);
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (section["SenderName"] is { Length: > 0 } sender)
            options.SenderName = sender.Trim();
        if (section["TimesheetDueDays"] is { Length: > 0 } days)
            options.TimesheetDueDays = int.TryParse(days, out var n) ? n : -1;
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        services.AddSingleton(options);
        services.AddSingleton<ISprintCalendar, SprintCalendar>();
        return services;
    }
}
