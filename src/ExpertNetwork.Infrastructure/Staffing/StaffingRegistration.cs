using System.Globalization;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Infrastructure.Staffing;

public static class StaffingRegistration
{
    /// <summary>Binds the <c>Staffing</c> section and <c>ExpertLinks:BaseUrl</c>; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddStaffing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new StaffingOptions();
        var section = configuration.GetSection(StaffingOptions.Section);
        options.OfferJobIntervalMinutes = Whole(section, "OfferJobIntervalMinutes", options.OfferJobIntervalMinutes);
        options.ReminderLeadHours = Whole(section, "ReminderLeadHours", options.ReminderLeadHours);
        if (section["ReminderLeadFraction"] is { Length: > 0 } fraction)
            options.ReminderLeadFraction = double.TryParse(fraction, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : double.NaN;
        if (section["SenderName"] is { Length: > 0 } sender)
            options.SenderName = sender.Trim();
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (configuration["ExpertLinks:BaseUrl"] is { Length: > 0 } baseUrl)
        {
            if (!Uri.TryCreate(baseUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var parsed))
                throw new ConfigurationException($"ExpertLinks:BaseUrl '{baseUrl}' is not an absolute address, such as https://experts.example.com/.");
            options.LinkBaseUrl = parsed;
        }
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        services.AddSingleton(options);
        services.AddScoped<StaffingEmails>();
        return services;
    }

    private static int Whole(IConfiguration section, string key, int fallback) =>
        section[key] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ConfigurationException($"Staffing:{key} '{text}' is not a whole number.")
            : fallback;
}
