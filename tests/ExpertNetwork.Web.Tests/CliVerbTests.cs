using ExpertNetwork.Application.Administration;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.Infrastructure.Time;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

public sealed class CliVerbTests : IDisposable
{
    private readonly WebCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Migrate_applies_the_migrations_once_and_then_reports_the_database_up_to_date()
    {
        var first = await _cli.RunAsync("migrate");
        var second = await _cli.RunAsync("migrate");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("migration(s) to the Sqlite database");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("The Sqlite database is already up to date.");
    }

    [Fact]
    public async Task Create_user_without_a_password_creates_the_user_and_prints_a_generated_password()
    {
        var result = await _cli.RunAsync("create-user", "--email", "New.Person@Example.test", "--role", "finance");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Created new.person@example.test with role Finance.");
        var passwordLine = result.OutputLines.Where(l => l.StartsWith("Password: ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        passwordLine["Password: ".Length..].Length.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public async Task Create_user_with_a_role_that_does_not_exist_fails_naming_the_roles()
    {
        var result = await _cli.RunAsync("create-user", "--email", "pilot@example.test", "--role", "Pilot");

        result.ExitCode.ShouldNotBe(0, result.ToString());
        result.Error.ShouldContain("'Pilot' is not a role. Use one of: Admin, ProgramManager, Compliance, Finance.");
        result.Output.ShouldNotContain("Created");
    }

    [Fact]
    public async Task Create_api_key_prints_the_key_alone_on_the_last_line_and_that_key_authenticates()
    {
        var result = await _cli.RunAsync("create-api-key", "--name", "ci", "--role", "Compliance");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines.Count.ShouldBe(2, $"only the confirmation and the key are printed, no log lines: {result}");
        var key = result.OutputLines[^1];
        key.ShouldStartWith("enk_");
        key.ShouldNotContain(" ");
        var identity = (await _cli.WithServicesAsync(services =>
            services.GetRequiredService<AuthenticateApiKeyHandler>().HandleAsync(new AuthenticateApiKeyCommand(key), TestContext.Current.CancellationToken))).Identity;
        identity.ShouldNotBeNull();
        identity.Name.ShouldBe("ci");
        identity.Role.ShouldBe("Compliance");
    }

    [Fact]
    public async Task Verify_audit_reports_an_intact_trail()
    {
        await _cli.RunAsync("create-api-key", "--name", "audited", "--role", "Finance");

        var result = await _cli.RunAsync("verify-audit");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("The audit trail is intact");
    }

    [Fact]
    public async Task List_users_shows_each_user_with_role_status_and_two_factor_and_disable_user_ends_their_access()
    {
        await _cli.RunAsync("create-user", "--email", "boss@example.test", "--role", "Admin", "--password", "Boss-Passw0rd!2026");
        await _cli.RunAsync("create-user", "--email", "leaver@example.test", "--role", "Finance", "--password", "Leaver-Passw0rd!2026");

        var disabled = await _cli.RunAsync("disable-user", "--email", "Leaver@Example.test");
        var list = await _cli.RunAsync("list-users");
        var lastAdmin = await _cli.RunAsync("disable-user", "--email", "boss@example.test");
        var nobody = await _cli.RunAsync("disable-user", "--email", "nobody@example.test");
        var audit = await _cli.RunAsync("verify-audit");

        disabled.ExitCode.ShouldBe(0, disabled.ToString());
        disabled.Output.ShouldContain("Disabled leaver@example.test: sign-in is refused and any open session ends within a minute.");
        list.ExitCode.ShouldBe(0, list.ToString());
        list.OutputLines[0].ShouldBe("EMAIL                ROLE     ENABLED  TWO-FACTOR  LAST SIGN-IN");
        list.OutputLines.ShouldContain(l => l.StartsWith("boss@example.test", StringComparison.Ordinal) && l.Contains(" Admin ") && l.Contains(" yes "));
        list.OutputLines.ShouldContain(l => l.StartsWith("leaver@example.test", StringComparison.Ordinal) && l.Contains(" Finance ") && l.Contains(" no ") && l.EndsWith(" -"));
        lastAdmin.ExitCode.ShouldBe(1, lastAdmin.ToString());
        lastAdmin.Error.ShouldContain("boss@example.test is the last enabled admin. Make another user an admin first, so someone can still manage staff.");
        nobody.ExitCode.ShouldBe(1, nobody.ToString());
        nobody.Error.ShouldContain("There is no staff user 'nobody@example.test'.");
        audit.ExitCode.ShouldBe(0, audit.ToString());
    }

    [Fact]
    public async Task List_api_keys_shows_prefixes_never_keys_and_revoke_api_key_makes_the_key_stop_working()
    {
        var created = await _cli.RunAsync("create-api-key", "--name", "nightly export", "--role", "Finance", "--expires", "2099-12-31");
        var key = created.OutputLines[^1];

        var list = await _cli.RunAsync("list-api-keys");
        var revoked = await _cli.RunAsync("revoke-api-key", "--key", key[..12]);
        var again = await _cli.RunAsync("revoke-api-key", "--key", key[..12]);
        var after = await _cli.RunAsync("list-api-keys");
        var check = await _cli.WithServicesAsync(services =>
            services.GetRequiredService<AuthenticateApiKeyHandler>().HandleAsync(new AuthenticateApiKeyCommand(key), TestContext.Current.CancellationToken));

        created.Output.ShouldContain("API key 'nightly export' created with role Finance until the end of 2099-12-31 UTC.");
        list.ExitCode.ShouldBe(0, list.ToString());
        list.OutputLines[0].ShouldStartWith("PREFIX        NAME            ROLE     STATUS  EXPIRES           LAST USED");
        list.OutputLines[1].ShouldStartWith($"{key[..12]}  nightly export  Finance  Active  2100-01-01 00:00  -");
        list.Output.ShouldNotContain(key);
        revoked.ExitCode.ShouldBe(0, revoked.ToString());
        revoked.Output.ShouldContain($"Revoked API key 'nightly export' ({key[..12]}): requests with it get 401 from now on.");
        again.ExitCode.ShouldBe(1, again.ToString());
        again.Error.ShouldContain("This key is already revoked.");
        after.OutputLines[1].ShouldContain(" Revoked ");
        check.Identity.ShouldBeNull();
        check.Refusal!.ShouldStartWith("This API key was revoked on ");
    }

    [Fact]
    public async Task Create_api_key_with_an_expiry_that_is_not_a_date_says_how_to_write_it()
    {
        var result = await _cli.RunAsync("create-api-key", "--name", "x", "--role", "Finance", "--expires", "next week");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("--expires 'next week' is not a date. Give the key's last day as YYYY-MM-DD, e.g. --expires 2027-06-30.");
    }

    [Fact]
    public async Task An_unknown_command_exits_with_code_2_and_shows_the_usage()
    {
        var result = await _cli.RunAsync("frobnicate");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("'frobnicate' is not a command.");
        result.Error.ShouldContain("Usage: dotnet run --project src/ExpertNetwork.Web -- <command> [options]");
        result.Error.ShouldContain("create-api-key --name N --role R");
    }

    [Fact]
    public async Task A_command_with_an_unusable_configuration_exits_with_code_2_naming_the_setting()
    {
        var result = await _cli.RunAsync("migrate", "--Database:Provider=Oracle");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("Configuration error: Database:Provider is 'Oracle', which is not supported.");
        result.Error.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task An_unknown_role_in_the_two_factor_setting_stops_the_command_naming_the_setting()
    {
        var result = await _cli.RunAsync("list-users", "--Security:RequireTwoFactorRoles=Admin,Pilot");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("Configuration error: Security:RequireTwoFactorRoles lists 'Pilot', which is not a role.");
    }

    [Fact]
    public async Task Seed_demo_run_twice_creates_the_demo_data_only_once()
    {
        var first = await _cli.RunAsync("seed-demo", "--environment=Development");
        var second = await _cli.RunAsync("seed-demo", "--environment=Development");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("Demo data created: 520 experts");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("The database already holds data (experts, clients or staff users); the demo is loaded only into an empty database, so nothing was changed.");
        second.Output.ShouldNotContain("Demo data created");
        second.Output.ShouldNotContain("warn:", customMessage: "logs go to stderr, not into the command's output");
        var experts = await _cli.WithServicesAsync(services =>
            services.GetRequiredService<ExpertNetworkDbContext>().Experts.CountAsync(TestContext.Current.CancellationToken));
        experts.ShouldBe(520);
    }

    [Fact]
    public async Task Seed_demo_refuses_to_run_in_production_and_creates_nothing()
    {
        (await _cli.RunAsync("migrate")).ExitCode.ShouldBe(0);

        var result = await _cli.RunAsync("seed-demo");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("seed-demo does not run in Production");
        var users = await _cli.WithServicesAsync(services =>
            services.GetRequiredService<ExpertNetworkDbContext>().Users.CountAsync(TestContext.Current.CancellationToken));
        users.ShouldBe(0);
    }

    [Fact]
    public async Task Seed_demo_leaves_a_database_with_a_staff_user_alone()
    {
        (await _cli.RunAsync("create-user", "--email", "first.admin@example.test", "--role", "Admin")).ExitCode.ShouldBe(0);

        var result = await _cli.RunAsync("seed-demo", "--environment=Development");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("the demo is loaded only into an empty database, so nothing was changed.");
        var (users, experts) = await _cli.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<ExpertNetworkDbContext>();
            return (await db.Users.CountAsync(TestContext.Current.CancellationToken), await db.Experts.CountAsync(TestContext.Current.CancellationToken));
        });
        users.ShouldBe(1);
        experts.ShouldBe(0);
    }

    [Fact]
    public async Task Migrate_files_copies_the_data_folders_files_into_the_database_once_and_reads_them_back_by_their_keys()
    {
        await _cli.RunAsync("migrate");
        var disk = new LocalFileStore(Path.Combine(_cli.DataDirectory, "files"), new SystemClock());
        var stored = await disk.SaveAsync("evidence", new MemoryStream("%PDF-1.7 licence"u8.ToArray()), TestContext.Current.CancellationToken);

        var first = await _cli.RunAsync("migrate-files");
        var second = await _cli.RunAsync("migrate-files", "--Storage:Provider=Database");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Output.ShouldContain($"Copied 1 file(s) from {Path.Combine(_cli.DataDirectory, "files")} into the Sqlite database; 0 were there already.");
        first.Output.ShouldContain("Storage:Provider is FileSystem, so the app still reads files from the data folder; set Storage:Provider=Database to use the copies.");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("Copied 0 file(s)");
        second.Output.ShouldContain("1 were there already.");
        second.Output.ShouldNotContain("Storage:Provider is FileSystem");
        var copy = await _cli.WithServicesAsync(async services =>
        {
            await using var stream = await services.GetRequiredService<DatabaseFileStore>().OpenReadAsync(stored.Key, TestContext.Current.CancellationToken);
            using var bytes = new MemoryStream();
            await stream!.CopyToAsync(bytes, TestContext.Current.CancellationToken);
            return bytes.ToArray();
        });
        copy.ShouldBe("%PDF-1.7 licence"u8.ToArray());
    }

    [Fact]
    public async Task Migrate_files_from_a_folder_that_does_not_exist_exits_with_code_2_saying_what_to_name()
    {
        var missing = Path.Combine(_cli.DataDirectory, "nowhere");

        var result = await _cli.RunAsync("migrate-files", "--from", missing);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain($"There is no folder {missing}. Name the files/ folder of a data folder with --from.");
    }
}
