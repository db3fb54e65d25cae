using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Cli;
using ExpertNetwork.Web.Infrastructure;

// `dotnet run --project src/ExpertNetwork.Web` serves the app; `... -- <verb> [options]` runs an operator command.
var verb = CliCommands.FindVerb(args);
WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(CliCommands.ConfigurationArguments(args));
    if (verb is not null)
    {
        // A command's stdout is its result (create-api-key's last line is the key, read by scripts): log only
        // warnings and errors, and to stderr. A filter rule, because SetMinimumLevel loses to Logging:LogLevel:Default.
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
    builder.AddExpertNetwork();
    if (verb is null)
        builder.RequireProductionSettings();
    app = builder.Build();
}
catch (ConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
    if (verb is null)
        throw; // Serving: the host (a supervisor's log, WebApplicationFactory in tests) must see why the app did not start.
    return 2;
}

if (verb is not null)
    return await CliCommands.RunAsync(app, verb, args);

await Startup.PrepareAsync(app);
app.UseExpertNetwork();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
