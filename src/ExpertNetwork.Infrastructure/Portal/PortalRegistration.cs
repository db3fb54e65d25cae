using ExpertNetwork.Application.Portal;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Portal;

public static class PortalRegistration
{
    /// <summary>Binds the <c>Portal</c> section; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PortalOptions();
        var section = configuration.GetSection(PortalOptions.Section);
        options.SignInLinkMinutes = Whole(section, nameof(PortalOptions.SignInLinkMinutes), options.SignInLinkMinutes);
        options.SessionHours = Whole(section, nameof(PortalOptions.SessionHours), options.SessionHours);
        options.LinksPerHour = Whole(section, nameof(PortalOptions.LinksPerHour), options.LinksPerHour);
        options.MailLinkHours = Whole(section, nameof(PortalOptions.MailLinkHours), options.MailLinkHours);
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        services.AddSingleton(options);
        return services;
    }

    private static int Whole(IConfigurationSection section, string key, int fallback) =>
        section[key] is { Length: > 0 } text ? (int.TryParse(text, out var n) ? n : -1) : fallback;
}
