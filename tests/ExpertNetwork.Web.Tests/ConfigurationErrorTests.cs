using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;

namespace ExpertNetwork.Web.Tests;

public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task An_unsupported_database_provider_stops_the_app_naming_the_setting_and_the_supported_values()
    {
        await using var factory = new MisconfiguredApp(("Database:Provider", "Oracle"));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain("Database:Provider");
        failure.Message.ShouldContain("Oracle");
        failure.Message.ShouldContain("Sqlite");
        failure.Message.ShouldContain("SqlServer");
        failure.Message.ShouldContain("PostgreSql");
    }

    [Fact]
    public async Task A_server_database_without_a_connection_string_stops_the_app_naming_the_missing_setting()
    {
        await using var factory = new MisconfiguredApp(("Database:Provider", "PostgreSql"), ("ConnectionStrings:ExpertNetwork", ""));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain("ConnectionStrings:ExpertNetwork");
        failure.Message.ShouldContain("PostgreSql");
    }

    [Fact]
    public async Task An_unknown_file_store_stops_the_app_naming_the_setting_and_what_each_choice_is_for()
    {
        await using var factory = new MisconfiguredApp(("Storage:Provider", "S3"));

        var failure = StartupFailure(factory);

        failure.Message.ShouldBe("Storage:Provider is 'S3', which is not supported. Use Database (files in the database, which every node shares) or FileSystem (files in the data folder, for one node).");
    }

    [Theory]
    [InlineData("Compliance:ScanSchedule", "every morning")]
    [InlineData("Compliance:ContactEmail", "nobody")]
    [InlineData("Compliance:ReminderDays:0", "soon")]
    public async Task A_compliance_setting_that_cannot_work_stops_the_app_naming_it(string key, string value)
    {
        await using var factory = new MisconfiguredApp((key, value));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain(key.Split(':')[0] + ":" + key.Split(':')[1]);
        failure.Message.ShouldNotContain("Exception");
    }

    [Theory]
    [InlineData("ReverseProxy:KnownProxies:0", "proxy.internal", "not an IP address")]
    [InlineData("ReverseProxy:KnownNetworks:0", "10.0.0.0/99", "not a CIDR range")]
    public async Task A_trusted_proxy_that_is_not_an_address_stops_the_app_naming_it(string key, string value, string says)
    {
        await using var factory = new MisconfiguredApp((key, value));

        var failure = StartupFailure(factory);

        failure.Message.ShouldBe($"{key[..key.LastIndexOf(':')]} contains '{value}', which is {says} such as {(says.Contains("CIDR") ? "10.0.0.0/24" : "10.0.0.5")}.");
    }

    [Theory]
    [InlineData("Staffing:OfferJobIntervalMinutes", "0")]
    [InlineData("Staffing:OfferJobIntervalMinutes", "often")]
    [InlineData("Staffing:ReminderLeadHours", "-3")]
    [InlineData("Staffing:ReminderLeadFraction", "2")]
    [InlineData("Staffing:ContactEmail", "nobody")]
    [InlineData("ExpertLinks:BaseUrl", "experts.example.com")]
    [InlineData("ExpertLinks:RequestsPerMinute", "0")]
    [InlineData("ExpertLinks:RequestsPerMinutePerAddress", "5")]
    [InlineData("Portal:SignInLinkMinutes", "2")]
    [InlineData("Portal:MailLinkHours", "1000")]
    public async Task A_staffing_or_portal_setting_that_cannot_work_stops_the_app_naming_it(string key, string value)
    {
        await using var factory = new MisconfiguredApp((key, value));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain(key);
        failure.Message.ShouldNotContain("Exception");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1441")]
    [InlineData("quarterly")]
    public async Task A_budget_watch_interval_that_cannot_work_stops_the_app_naming_it(string value)
    {
        await using var factory = new MisconfiguredApp(("Finance:BudgetWatchMinutes", value));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain("Finance:BudgetWatchMinutes must be a whole number of minutes from 1 to 1440");
    }

    [Fact]
    public async Task A_finance_time_zone_that_does_not_exist_stops_the_app_naming_it()
    {
        await using var factory = new MisconfiguredApp(("Finance:TimeZone", "Europe/Gotham"));

        var failure = StartupFailure(factory);

        failure.Message.ShouldContain("Finance:TimeZone 'Europe/Gotham' is not a time zone");
    }

    /// <summary>The configuration error somewhere in what starting the app threw.</summary>
    private static ConfigurationException StartupFailure(ExpertNetworkAppFactory factory)
    {
        var thrown = Should.Throw<Exception>(() => factory.CreateClient());
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is ConfigurationException configuration)
                return configuration;
        }
        throw new ShouldAssertException($"Starting the app threw {thrown.GetType().Name} ({thrown.Message}) with no ConfigurationException inside.");
    }

    private sealed class MisconfiguredApp : ExpertNetworkAppFactory
    {
        public MisconfiguredApp(params (string Key, string Value)[] settings)
        {
            foreach (var (key, value) in settings)
                Settings[key] = value;
        }
    }
}
