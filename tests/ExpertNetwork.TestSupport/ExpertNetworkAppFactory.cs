using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.TestSupport;

/// <summary>
/// The real app (Program) on a fresh SQLite file in its own temp data folder, with the demo data seeded on
/// start and a known demo password. <see cref="ServeOverKestrel"/> makes it reachable by a real browser.
/// </summary>
public class ExpertNetworkAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Passw0rd!2026";

    public ExpertNetworkAppFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    /// <summary>Extra configuration (key, value) applied on top of the defaults below.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>
    /// Serves over Kestrel on a free loopback port; call before the first use, then read ServerAddress. The port is
    /// chosen first so that the public address links in mail are built on (<c>ExpertLinks:BaseUrl</c>) is this server,
    /// as it is in production, and a browser can follow a link from the dev mailbox.
    /// </summary>
    public void ServeOverKestrel()
    {
        var port = FreeLoopbackPort();
        _kestrelAddress = new Uri($"http://127.0.0.1:{port}/");
        Settings.TryAdd("ExpertLinks:BaseUrl", _kestrelAddress.ToString());
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port));
    }

    private Uri? _kestrelAddress;

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return _kestrelAddress ?? ClientOptions.BaseAddress;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:SeedOnFirstRun", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Mail goes to the pickup folder in the data directory; dispatch every second so tests see it promptly.
        builder.UseSetting("Email:DispatchIntervalSeconds", "1");
        // Sprint invitations and reminders are swept every five seconds (the shortest allowed) instead of every minute.
        builder.UseSetting("Sprints:SweepIntervalSeconds", "5");
        // The demo staff sign in with their password alone, as most tests expect; tests of two-factor sign-in set
        // Security:RequireTwoFactorRoles themselves (the product's default is Admin and Finance).
        builder.UseSetting("Security:RequireTwoFactorRoles", "");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
}
