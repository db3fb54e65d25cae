using AutoMapper;
using ExpertNetwork.Application.Staffing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application;

public static class ApplicationRegistration
{
    /// <param name="autoMapperLicenseKey">AutoMapper's licence key (AutoMapper:LicenseKey); without one it logs a notice and still works.</param>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey)
    {
        services.AddAutoMapper(cfg =>
        {
            if (!string.IsNullOrWhiteSpace(autoMapperLicenseKey))
                cfg.LicenseKey = autoMapperLicenseKey;
        }, typeof(ApplicationRegistration).Assembly);

        var handlers = typeof(ApplicationRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal));
        foreach (var handler in handlers)
            services.AddScoped(handler);
        services.AddScoped<IStaffingFit, StaffingFit>();
        services.AddScoped<Invoicing.PayoutStatementMail>();
        services.AddSingleton<Common.FreshAttempts>();
        return services;
    }
}
