using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Seeding;

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
                app.Logger.LogWarning("The {Provider} database needs {Count} migration(s). Run: dotnet run --project src/ExpertNetwork.Web -- migrate", settings.Provider, pending.Count);
            else
                await initializer.EnsureRolesAsync();
            return;
        }

        await initializer.MigrateAsync(CancellationToken.None);
        if (settings.IsEmbedded && app.Configuration.GetValue("Demo:SeedOnFirstRun", true))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            var result = await seeder.SeedAsync(DemoPassword(app.Configuration), CancellationToken.None);
            if (result.SeededData)
                Console.WriteLine(DemoBanner(result, DemoPassword(app.Configuration) is not null));
        }
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
                : $"Demo staff users: {string.Join(", ", result.StaffEmails)}.",
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
