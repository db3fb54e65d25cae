using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Infrastructure;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.IntegrationTests.Email;

/// <summary>AddEmail picks the transport from configuration and registers what the outbox and the dispatcher need.</summary>
public sealed class EmailRegistrationTests
{
    private static readonly string DataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-email-registration");

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICurrentActor>(new SystemActor("registration-test"));
        services.AddInfrastructure(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", DataDirectory, false));
        // Identity (needed by other infrastructure services) is not added, so the provider is not validated as a whole.
        services.AddEmail(configuration, DataDirectory);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    [Fact]
    public async Task Without_an_smtp_host_mail_goes_to_the_mail_folder_under_the_data_directory()
    {
        await using var services = Build();

        var transport = services.GetRequiredService<IMailTransport>().ShouldBeOfType<PickupDirectoryMailTransport>();
        transport.Directory.ShouldBe(Path.Combine(DataDirectory, "mail"));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().ShouldBeOfType<EmailOutbox>();
        scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().ShouldNotBeNull();
    }

    [Fact]
    public async Task With_an_smtp_host_mail_goes_through_smtp_with_the_configured_settings()
    {
        await using var services = Build(
            ("Email:Smtp:Host", "smtp.example.com"),
            ("Email:Smtp:Port", "587"),
            ("Email:Smtp:Username", "mailer"),
            ("Email:Smtp:Password", "secret"),
            ("Email:Smtp:Security", "StartTls"),
            ("Email:From", "Expert Network <team@expertnetwork.example>"),
            ("Email:PickupDirectory", "outgoing"));

        services.GetRequiredService<IMailTransport>().ShouldBeOfType<SmtpMailTransport>();
        var options = services.GetRequiredService<EmailOptions>();
        (options.Smtp.Host, options.Smtp.Port, options.Smtp.Username, options.Smtp.Security).ShouldBe(("smtp.example.com", 587, "mailer", SmtpSecurity.StartTls));
        options.From.ShouldBe("Expert Network <team@expertnetwork.example>");
        options.PickupDirectory.ShouldBe(Path.Combine(DataDirectory, "outgoing"));
    }

    [Theory]
    [InlineData(null, "587", null, SmtpSecurity.Auto)]
    [InlineData("mailer", "587", null, SmtpSecurity.StartTls)]
    [InlineData("mailer", "25", null, SmtpSecurity.StartTls)]
    [InlineData("mailer", "465", null, SmtpSecurity.SslOnConnect)]
    [InlineData("mailer", "25", "None", SmtpSecurity.None)]
    [InlineData("mailer", "587", "Auto", SmtpSecurity.Auto)]
    public void With_a_username_and_no_security_set_tls_is_required_so_a_password_never_goes_in_the_clear(
        string? username, string port, string? security, SmtpSecurity expected)
    {
        var settings = new Dictionary<string, string?> { ["Email:Smtp:Host"] = "smtp.example.com", ["Email:Smtp:Port"] = port };
        if (username is not null)
            settings["Email:Smtp:Username"] = username;
        if (security is not null)
            settings["Email:Smtp:Security"] = security;

        var options = EmailRegistration.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), DataDirectory);

        options.Smtp.Security.ShouldBe(expected);
    }

    [Fact]
    public void An_invalid_sender_fails_at_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Email:From", "not an address")])
            .Build();

        Should.Throw<InvalidOperationException>(() => EmailRegistration.ReadOptions(configuration, DataDirectory)).Message.ShouldContain("Email:From");
    }

    [Fact]
    public void The_dispatch_batch_size_defaults_to_100_and_is_read_from_configuration()
    {
        EmailRegistration.ReadOptions(new ConfigurationBuilder().Build(), DataDirectory).DispatchBatchSize.ShouldBe(100);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Email:DispatchBatchSize", "25")])
            .Build();

        EmailRegistration.ReadOptions(configuration, DataDirectory).DispatchBatchSize.ShouldBe(25);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public void A_dispatch_batch_size_out_of_range_fails_at_start(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Email:DispatchBatchSize", value)])
            .Build();

        Should.Throw<InvalidOperationException>(() => EmailRegistration.ReadOptions(configuration, DataDirectory)).Message.ShouldContain("Email:DispatchBatchSize");
    }
}
