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
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.AddExpertNetwork();
    app = builder.Build();
}
catch (ConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
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
