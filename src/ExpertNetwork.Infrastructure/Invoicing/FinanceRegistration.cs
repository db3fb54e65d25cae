using System.Globalization;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ExpertNetwork.Infrastructure.Invoicing;

public static class FinanceRegistration
{
    /// <summary>Binds the <c>Finance</c> section; a value that cannot work stops the app with a clear message.</summary>
    public static IServiceCollection AddFinance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Read(configuration));
        return services;
    }

    /// <summary>The <c>Finance</c> section, checked; the scheduler reads its job schedules from here too.</summary>
    public static FinanceOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new FinanceOptions();
        var section = configuration.GetSection(FinanceOptions.Section);
        if (section["ContactEmail"] is { Length: > 0 } contact)
            options.ContactEmail = contact.Trim();
        if (section["TimeZone"] is { Length: > 0 } zone)
            options.TimeZoneId = zone.Trim();
        if (section["CompanyName"] is { Length: > 0 } name)
            options.CompanyName = name.Trim();
        if (section["CompanyAddress"] is { Length: > 0 } address)
            options.CompanyAddress = address.Trim();
        if (section["CompanyTaxId"] is { Length: > 0 } taxId)
            options.CompanyTaxId = taxId.Trim();
        if (section["Iban"] is { Length: > 0 } iban)
            options.Iban = iban.Trim();
        if (section["PaymentTermDays"] is { Length: > 0 } days)
            options.PaymentTermDays = int.TryParse(days, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (section["MonthlyRunCron"] is { Length: > 0 } cron)
            options.MonthlyRunCron = cron.Trim();
        if (section["BudgetWatchMinutes"] is { Length: > 0 } minutes)
        {
            if (!int.TryParse(minutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m))
                throw new ConfigurationException($"Finance:BudgetWatchMinutes must be a whole number of minutes from 1 to 1440 (it is '{minutes}').");
            options.BudgetWatchMinutes = m;
        }
        if (options.Problem() is { } problem)
            throw new ConfigurationException(problem);
        if (!CronExpression.TryParse(options.MonthlyRunCron, out _))
            throw new ConfigurationException(
                $"Finance:MonthlyRunCron '{options.MonthlyRunCron}' is not a Quartz cron expression (seconds minutes hours day month weekday), such as {FinanceOptions.DefaultMonthlyRunCron}.");
        return options;
    }
}
