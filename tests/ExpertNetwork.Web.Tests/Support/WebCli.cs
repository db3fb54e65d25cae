using System.Diagnostics;
using ExpertNetwork.TestSupport;
using ExpertNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>
/// Runs the built web app's operator commands as a real process (`dotnet ExpertNetwork.Web.dll verb ...`) against
/// its own SQLite file in a temp data folder, the way an operator would.
/// </summary>
public sealed class WebCli : IDisposable
{
    public WebCli()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    /// <summary>The web app's entry assembly, copied next to the tests because the test project references it.</summary>
    private static string WebAppDll => Path.Combine(AppContext.BaseDirectory, "ExpertNetwork.Web.dll");

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Configuration for this data folder; a test's own settings come later and win.</summary>
    private string[] ConfigurationArguments =>
    [
        $"--Storage:DataDirectory={DataDirectory}",
        "--Database:Provider=Sqlite",
        "--ConnectionStrings:ExpertNetwork=",
        $"--Demo:Password={ExpertNetworkAppFactory.DemoPassword}",
    ];

    /// <summary>Runs <c>verb</c> with <paramref name="arguments"/> (its options, or configuration that overrides this folder's).</summary>
    public async Task<CliResult> RunAsync(string verb, params string[] arguments)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAppDll);
        start.ArgumentList.Add(verb);
        foreach (var argument in ConfigurationArguments.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {DotnetHost}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>Runs <paramref name="action"/> with the app's services on this data folder, in this process.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ConfigurationArguments,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.AddExpertNetwork();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
