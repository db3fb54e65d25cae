using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Web.Cli;

/// <summary>What happens before the web app serves: migrate the embedded database and seed the demo on first run.</summary>
internal static class Startup
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        if (!settings.MigrateOnStartup)
        {
            var pending = await initializer.PendingMigrationsAsync(CancellationToken.None);
            if (pending.Count > 0)
            {
                app.Logger.LogWarning("The {Provider} database needs {Count} migration(s). Run: dotnet run --project src/ExpertNetwork.Web -- migrate", settings.Provider, pending.Count);
                return;
            }
            await initializer.EnsureRolesAsync();
            await TellHowToCreateFirstAdminAsync(app, scope.ServiceProvider);
            return;
        }

        await initializer.MigrateAsync(CancellationToken.None);
        // The demo (data and its four staff users with known roles) is for laptops and test servers only, never
        // Production, and the seeder itself leaves any database that holds data alone.
        if (settings.IsEmbedded && !app.Environment.IsProduction() && app.Configuration.GetValue("Demo:SeedOnFirstRun", true))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            var result = await seeder.SeedAsync(DemoPassword(app.Configuration), CancellationToken.None);
            if (result.SeededData || result.Errors.Count > 0)
                Console.WriteLine(DemoBanner(result, DemoPassword(app.Configuration) is not null));
        }
        await TellHowToCreateFirstAdminAsync(app, scope.ServiceProvider);
    }

    /// <summary>The sentence an operator needs on a first start with no staff user: nobody could sign in otherwise.</summary>
    public const string FirstAdminHint =
        "No staff user exists yet. Create the first admin with: dotnet ExpertNetwork.Web.dll create-user --email you@example.com --role Admin (or dotnet run --project src/ExpertNetwork.Web -- create-user ...).";

    private static async Task TellHowToCreateFirstAdminAsync(WebApplication app, IServiceProvider services)
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ExpertNetwork.Infrastructure.Identity.StaffUser>>();
        if (!await users.Users.AnyAsync())
            app.Logger.LogWarning(FirstAdminHint);
    }

    public static string? DemoPassword(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration["Demo:Password"]) ? null : configuration["Demo:Password"];

    public static string DemoBanner(DemoSeedResult result, bool fromConfiguration)
    {
        var lines = new List<string>
        {
            string.Empty,
            result.SeededData
                ? $"Demo data created: {result.Experts} experts, staff users {string.Join(", ", result.StaffEmails)}."
                : "The demo was not loaded.",
        };
        if (result.GeneratedPassword is not null)
            lines.Add($"Demo password (shown once; set Demo:Password to choose your own): {result.GeneratedPassword}");
        else if (fromConfiguration)
            lines.Add("Demo password: the value of Demo:Password.");
        lines.AddRange(result.Errors.Select(e => "Problem: " + e));
        lines.Add(string.Empty);
        return string.Join(Environment.NewLine, lines);
    }
}
