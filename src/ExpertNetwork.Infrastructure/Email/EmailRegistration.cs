using ExpertNetwork.Application.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

public static class EmailRegistration
{
    /// <summary>
    /// Registers the outbox (<see cref="IEmailOutbox"/>, scoped to the unit of work), the dispatcher (scoped), the metrics
    /// and the transport: SMTP when <c>Email:Smtp:Host</c> is set, otherwise the pickup directory
    /// (<c>Email:PickupDirectory</c>, default <c>&lt;dataDirectory&gt;/mail</c>). Needs AddInfrastructure's DbContext and clock.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration, dataDirectory);
        services.AddSingleton(options);
        services.AddSingleton(options.Smtp);
        services.TryAddSingleton<EmailMetrics>();
        if (options.UsesSmtp)
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        else
            services.AddSingleton<IMailTransport>(new PickupDirectoryMailTransport(options.PickupDirectory));
        services.AddScoped<OutboxDispatcher>(sp => ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp));
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        return services;
    }

    /// <summary>Reads and checks the <c>Email</c> section; a bad value fails at start, not at the first send.</summary>
    public static EmailOptions ReadOptions(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var section = configuration.GetSection(EmailOptions.Section);
        var options = new EmailOptions();
        section.Bind(options);
        if (string.IsNullOrWhiteSpace(options.From))
            options.From = EmailOptions.DefaultFrom;
        if (!MailboxAddress.TryParse(options.From, out _))
            throw new InvalidOperationException($"Email:From '{options.From}' is not a valid address.");
        options.PickupDirectory = string.IsNullOrWhiteSpace(options.PickupDirectory)
            ? Path.Combine(dataDirectory, "mail")
            : Path.GetFullPath(options.PickupDirectory, dataDirectory);
        if (options.DispatchBatchSize is < 1 or > EmailOptions.MaxDispatchBatchSize)
            throw new InvalidOperationException($"Email:DispatchBatchSize {options.DispatchBatchSize} must be between 1 and {EmailOptions.MaxDispatchBatchSize}.");
        if (options.UsesSmtp && options.Smtp.Port is < 1 or > 65535)
            throw new InvalidOperationException($"Email:Smtp:Port {options.Smtp.Port} is not a TCP port.");
        if (string.IsNullOrWhiteSpace(section["Smtp:Security"]))
            options.Smtp.Security = DefaultSecurity(options.Smtp);
        return options;
    }

    /// <summary>
    /// With credentials, TLS is required unless the operator says otherwise: MailKit's Auto would fall back to plain
    /// text when a server (or anyone between) does not offer STARTTLS, and send the password in the clear.
    /// </summary>
    public static SmtpSecurity DefaultSecurity(SmtpOptions smtp)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        if (string.IsNullOrWhiteSpace(smtp.Username))
            return SmtpSecurity.Auto;
        return smtp.Port == 465 ? SmtpSecurity.SslOnConnect : SmtpSecurity.StartTls;
    }
}
