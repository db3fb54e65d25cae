using ExpertNetwork.Application.Administration;
using ExpertNetwork.Application.Auditing;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Seeding;
using ExpertNetwork.Infrastructure.Storage;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Cli;

/// <summary>
/// Operator verbs run through the web project: migrate, migrate-files, seed-demo, create-user, list-users, disable-user,
/// create-api-key, list-api-keys, revoke-api-key, verify-audit.
/// Exit codes: 0 success, 1 the command failed (message on stderr), 2 bad usage or configuration,
/// 3 verify-audit found a broken chain.
/// </summary>
internal static class CliCommands
{
    public static readonly IReadOnlyList<string> Verbs =
        ["migrate", "migrate-files", "seed-demo", "create-user", "list-users", "disable-user", "create-api-key", "list-api-keys", "revoke-api-key", "verify-audit", "help"];
    private static readonly string[] VerbOptions = ["--email", "--role", "--name", "--password", "--expires", "--key", "--from"];

    public const string Usage = """
        Usage: dotnet run --project src/ExpertNetwork.Web -- <command> [options]

        Commands:
          migrate                                  apply database migrations for the configured provider
          migrate-files [--from FOLDER]            copy stored files from the data folder's files/ (or FOLDER) into
                                                   the database, checking each against its recorded SHA-256
          seed-demo                                load the demo data and its staff users into an empty database (not in Production)
          create-user --email E --role R [--name N] [--password P]
                                                   create a staff user (or reset the password of an existing one)
          list-users                               list staff users: email, role, enabled, two-factor, last sign-in
          disable-user --email E                   disable a staff user: sign-in is refused and open sessions end within a minute
          create-api-key --name N --role R [--expires YYYY-MM-DD]
                                                   create an API key (working through the given last day, UTC);
                                                   the key is printed alone on the last line
          list-api-keys                            list API keys: prefix, name, role, status, expiry, last use
          revoke-api-key --key PREFIX-OR-ID        revoke an API key; requests with it get 401 from then on
          verify-audit                             check the audit trail's hash chain (exit code 0 when intact)

        Roles: Admin, ProgramManager, Compliance, Finance.
        """;

    public static string? FindVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-') ? args[0].Trim().ToLowerInvariant() : null;

    /// <summary>The arguments left for the configuration system once the verb and its options are taken out.</summary>
    public static string[] ConfigurationArguments(string[] args)
    {
        if (FindVerb(args) is null)
            return args;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (VerbOptions.Contains(args[i], StringComparer.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }
            rest.Add(args[i]);
        }
        return rest.ToArray();
    }

    public static async Task<int> RunAsync(WebApplication app, string verb, string[] args)
    {
        if (!Verbs.Contains(verb))
        {
            await Console.Error.WriteLineAsync($"'{verb}' is not a command.{Environment.NewLine}{Usage}");
            return 2;
        }
        if (verb == "help")
        {
            Console.WriteLine(Usage);
            return 0;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            return verb switch
            {
                "migrate" => await MigrateAsync(services),
                "migrate-files" => await MigrateFilesAsync(services, args),
                "seed-demo" => await SeedDemoAsync(services, app.Configuration, app.Environment),
                "create-user" => await CreateUserAsync(services, args),
                "create-api-key" => await CreateApiKeyAsync(services, args),
                "list-users" => await ListUsersAsync(services),
                "disable-user" => await DisableUserAsync(services, args),
                "list-api-keys" => await ListApiKeysAsync(services),
                "revoke-api-key" => await RevokeApiKeyAsync(services, args),
                _ => await VerifyAuditAsync(services),
            };
        }
        catch (Refusal ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"The command failed: {ex.Message}");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var pending = await initializer.PendingMigrationsAsync(CancellationToken.None);
        await initializer.MigrateAsync(CancellationToken.None);
        Console.WriteLine(pending.Count == 0
            ? $"The {settings.Provider} database is already up to date."
            : $"Applied {pending.Count} migration(s) to the {settings.Provider} database: {string.Join(", ", pending)}.");
        return 0;
    }

    private static async Task<int> MigrateFilesAsync(IServiceProvider services, string[] args)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var from = Option(args, "--from");
        if (Array.Exists(args, a => string.Equals(a, "--from", StringComparison.OrdinalIgnoreCase)) && string.IsNullOrWhiteSpace(from))
        {
            await Console.Error.WriteLineAsync($"--from needs a folder: the files/ folder of a data folder, e.g. --from /var/lib/expertnetwork/data/files.{Environment.NewLine}{Usage}");
            return 2;
        }
        var source = string.IsNullOrWhiteSpace(from) ? settings.FilesDirectory : Path.GetFullPath(from);
        if (!Directory.Exists(source) && from is not null)
        {
            await Console.Error.WriteLineAsync($"There is no folder {source}. Name the files/ folder of a data folder with --from.");
            return 2;
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var report = await services.GetRequiredService<FileStoreMigration>().CopyFolderAsync(source, CancellationToken.None);
        Console.WriteLine(Directory.Exists(source)
            ? $"Copied {report.Copied} file(s) from {report.SourceDirectory} into the {settings.Provider} database; {report.AlreadyStored} were there already."
            : $"There is no folder {report.SourceDirectory}, so there was nothing to copy.");
        if (report.NotStoreFiles > 0)
            Console.WriteLine($"{report.NotStoreFiles} file(s) in the folder were not written by the file store (such as .partial files of an interrupted write) and were left alone.");
        if (settings.FileStore == FileStoreKind.FileSystem)
            Console.WriteLine("Storage:Provider is FileSystem, so the app still reads files from the data folder; set Storage:Provider=Database to use the copies.");
        foreach (var problem in report.Problems)
            await Console.Error.WriteLineAsync(problem);
        if (report.Problems.Count == 0)
            return 0;
        await Console.Error.WriteLineAsync($"{report.Problems.Count} file(s) need attention (above); everything else is in the database. Running migrate-files again copies only what is still missing.");
        return 1;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("seed-demo does not run in Production: the demo creates staff users with known roles. Run it with ASPNETCORE_ENVIRONMENT=Development (or Staging) on a database of its own.");
            return 1;
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var result = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(Startup.DemoPassword(configuration), CancellationToken.None);
        if (!result.SeededData && result.Errors.Count == 0)
        {
            Console.WriteLine("The database already holds data (experts, clients or staff users); the demo is loaded only into an empty database, so nothing was changed.");
            return 0;
        }
        Console.WriteLine(Startup.DemoBanner(result, Startup.DemoPassword(configuration) is not null).Trim());
        return result.Errors.Count == 0 ? 0 : 1;
    }

    private static async Task<int> CreateUserAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        var role = Option(args, "--role");
        if (email is null || role is null)
        {
            await Console.Error.WriteLineAsync($"create-user needs --email and --role.{Environment.NewLine}{Usage}");
            return 2;
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var result = await services.GetRequiredService<StaffAccounts>().CreateOrResetAsync(email, role, Option(args, "--name"), Option(args, "--password"));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                await Console.Error.WriteLineAsync(error);
            return 1;
        }
        Console.WriteLine(result.Created ? $"Created {email.Trim().ToLowerInvariant()} with role {StaffRolesDisplay(role)}." : $"Updated {email.Trim().ToLowerInvariant()}: new password, role {StaffRolesDisplay(role)}.");
        if (result.GeneratedPassword is not null)
            Console.WriteLine($"Password: {result.GeneratedPassword}");
        return 0;
    }

    private static async Task<int> CreateApiKeyAsync(IServiceProvider services, string[] args)
    {
        var name = Option(args, "--name");
        var role = Option(args, "--role");
        if (name is null || role is null)
        {
            await Console.Error.WriteLineAsync($"create-api-key needs --name and --role.{Environment.NewLine}{Usage}");
            return 2;
        }
        DateTime? expiresUtc = null;
        if (Option(args, "--expires") is { } expires)
        {
            if (!DateOnly.TryParseExact(expires, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var lastDay))
            {
                await Console.Error.WriteLineAsync($"--expires '{expires}' is not a date. Give the key's last day as YYYY-MM-DD, e.g. --expires 2027-06-30.");
                return 2;
            }
            // The key works through its last day (UTC).
            expiresUtc = DateTime.SpecifyKind(lastDay.ToDateTime(TimeOnly.MinValue).AddDays(1), DateTimeKind.Utc);
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var issued = await services.GetRequiredService<IssueApiKeyHandler>().HandleAsync(new IssueApiKeyCommand(name, role, expiresUtc), CancellationToken.None);
        var until = issued.ExpiresUtc is { } e ? $" until the end of {e.AddDays(-1):yyyy-MM-dd} UTC" : string.Empty;
        Console.WriteLine($"API key '{issued.Name}' created with role {issued.Role}{until}. It is shown once; store it now:");
        Console.WriteLine(issued.Key);
        return 0;
    }

    private static async Task<int> ListUsersAsync(IServiceProvider services)
    {
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var users = await services.GetRequiredService<StaffAccounts>().ListAsync(CancellationToken.None);
        if (users.Count == 0)
        {
            Console.WriteLine("There are no staff users. Create one with create-user.");
            return 0;
        }
        WriteTable(
            ["EMAIL", "ROLE", "ENABLED", "TWO-FACTOR", "LAST SIGN-IN"],
            users.Select(u => new[] { u.Email, u.Role ?? "-", u.Enabled ? "yes" : "no", u.TwoFactorEnabled ? "on" : "off", Instant(u.LastSignInUtc) }));
        return 0;
    }

    private static async Task<int> DisableUserAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        if (email is null)
        {
            await Console.Error.WriteLineAsync($"disable-user needs --email.{Environment.NewLine}{Usage}");
            return 2;
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var user = await services.GetRequiredService<StaffAccounts>().DisableAsync(email);
        Console.WriteLine($"Disabled {user.Email}: sign-in is refused and any open session ends within a minute.");
        return 0;
    }

    private static async Task<int> ListApiKeysAsync(IServiceProvider services)
    {
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var keys = await services.GetRequiredService<ListApiKeysHandler>().HandleAsync(CancellationToken.None);
        if (keys.Count == 0)
        {
            Console.WriteLine("There are no API keys. Create one with create-api-key.");
            return 0;
        }
        WriteTable(
            ["PREFIX", "NAME", "ROLE", "STATUS", "EXPIRES", "LAST USED", "CREATED BY", "ID"],
            keys.Select(k => new[] { k.Prefix, k.Name, k.Role, k.Status, Instant(k.ExpiresUtc), Instant(k.LastUsedUtc), k.CreatedBy, k.Id.ToString() }));
        return 0;
    }

    private static async Task<int> RevokeApiKeyAsync(IServiceProvider services, string[] args)
    {
        var key = Option(args, "--key");
        if (key is null)
        {
            await Console.Error.WriteLineAsync($"revoke-api-key needs --key with the key's prefix or id (see list-api-keys).{Environment.NewLine}{Usage}");
            return 2;
        }
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var revoked = await services.GetRequiredService<RevokeApiKeyHandler>().HandleAsync(new RevokeApiKeyCommand(key), CancellationToken.None);
        Console.WriteLine($"Revoked API key '{revoked.Name}' ({revoked.Prefix}): requests with it get 401 from now on.");
        return 0;
    }

    private static string Instant(DateTime? utc) =>
        utc is { } u ? u.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static void WriteTable(string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
            Console.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        if (await EnsureMigratedAsync(services) is { } failure)
            return failure;
        var result = await services.GetRequiredService<VerifyAuditTrailHandler>().HandleAsync(CancellationToken.None);
        if (result.IsIntact)
        {
            Console.WriteLine($"The audit trail is intact: {result.EventsChecked} events checked.");
            return 0;
        }
        await Console.Error.WriteLineAsync($"The audit trail is broken at event {result.BrokenAtSequence}: {result.Problem}.");
        return 3;
    }

    private static async Task<int?> EnsureMigratedAsync(IServiceProvider services)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        if (settings.IsEmbedded)
        {
            await initializer.MigrateAsync(CancellationToken.None);
            return null;
        }
        var pending = await initializer.PendingMigrationsAsync(CancellationToken.None);
        if (pending.Count == 0)
        {
            await initializer.EnsureRolesAsync();
            return null;
        }
        await Console.Error.WriteLineAsync($"The {settings.Provider} database needs {pending.Count} migration(s). Run the migrate command first.");
        return 1;
    }

    private static string StaffRolesDisplay(string role) => ExpertNetwork.Domain.Administration.StaffRoles.Parse(role) ?? role;
}
