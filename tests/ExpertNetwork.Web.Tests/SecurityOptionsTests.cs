using ExpertNetwork.Infrastructure.Identity;
using Microsoft.Extensions.Configuration;

namespace ExpertNetwork.Web.Tests;

public sealed class SecurityOptionsTests
{
    private static SecurityOptions Read(params (string Key, string? Value)[] settings) =>
        SecurityOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Without_a_setting_admins_and_finance_must_use_two_factor_and_sessions_are_checked_every_minute()
    {
        var options = Read();

        options.RequireTwoFactorRoles.ShouldBe(["Admin", "Finance"]);
        options.SessionCheckInterval.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void The_roles_can_be_a_list_or_one_comma_separated_value_in_any_letter_case_and_empty_means_nobody()
    {
        Read(("Security:RequireTwoFactorRoles:0", "compliance"), ("Security:RequireTwoFactorRoles:1", "Admin")).RequireTwoFactorRoles.ShouldBe(["Compliance", "Admin"]);
        Read(("Security:RequireTwoFactorRoles", "finance, programmanager")).RequireTwoFactorRoles.ShouldBe(["Finance", "ProgramManager"]);
        Read(("Security:RequireTwoFactorRoles", "")).RequireTwoFactorRoles.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_role_or_a_check_interval_over_a_minute_is_refused_with_what_to_use()
    {
        Should.Throw<InvalidOperationException>(() => Read(("Security:RequireTwoFactorRoles", "Admin,Pilot")))
            .Message.ShouldBe("Security:RequireTwoFactorRoles lists 'Pilot', which is not a role. Use some of: Admin, ProgramManager, Compliance, Finance, or leave it empty.");
        Should.Throw<InvalidOperationException>(() => Read(("Security:SessionCheckSeconds", "300")))
            .Message.ShouldBe("Security:SessionCheckSeconds is 300. Use 0 to 60 seconds, so a disabled user's session ends within a minute.");
    }
}
