using ExpertNetwork.TestSupport;
using ExpertNetwork.TestSupport.Smtp;

namespace ExpertNetwork.Web.Tests.Nodes;

/// <summary>
/// Two app processes on one PostgreSQL database behind nginx's round robin: a throwaway PostgreSQL cluster, the
/// database migrated and seeded with the demo through the app's own commands, a loopback SMTP server for the mail,
/// node A, then node B, then nginx. Production settings; each node has a data folder of its own, so nothing the other
/// node needs can hide on a disk. <see cref="Unavailable"/> says what is missing when the machine lacks PostgreSQL or
/// nginx.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    private readonly string _commandData = Path.Combine(Path.GetTempPath(), "expertnetwork-nodes-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private PostgresServer? _postgres;

    public string? Unavailable { get; private set; }

    public string ConnectionString { get; private set; } = string.Empty;

    public LoopbackSmtpServer? Smtp { get; private set; }

    public NodeProcess? NodeA { get; private set; }

    public NodeProcess? NodeB { get; private set; }

    public NginxProxy? Proxy { get; private set; }

    /// <summary>The certificate nginx and both nodes serve; clients trust it and nothing else.</summary>
    public LoopbackCertificate? Tls { get; private set; }

    /// <summary>When both nodes and the proxy were up.</summary>
    public DateTimeOffset ReadyUtc { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var nginx = NginxProxy.Locate();
        if (nginx is null)
        {
            Unavailable = "nginx is not installed (no nginx on PATH or in /usr/sbin)";
            return;
        }
        _postgres = await PostgresServer.StartAsync();
        if (_postgres.Unavailable is { } why)
        {
            Unavailable = why;
            return;
        }
        ConnectionString = await _postgres.CreateDatabaseAsync("expertnetwork_nodes");
        Smtp = LoopbackSmtpServer.Start();
        var proxyPort = NodeProcess.FreePort();

        string[] database = ["--Database:Provider=PostgreSql", $"--ConnectionStrings:ExpertNetwork={ConnectionString}"];
        // The demo gives the test staff users and experts; seed-demo refuses Production, so that one command runs as Staging.
        foreach (var command in new[] { "migrate", "seed-demo" })
        {
            var (exitCode, output) = await NodeProcess.RunCommandAsync(
                [command, .. database, $"--Demo:Password={ExpertNetworkAppFactory.DemoPassword}", $"--Storage:DataDirectory={_commandData}",
                 .. command == "seed-demo" ? new[] { "--environment=Staging" } : []], cancellationToken);
            if (exitCode != 0)
                throw new InvalidOperationException($"`{command}` exited with {exitCode}: {output}");
        }

        string[] node =
        [
            .. database,
            "--Demo:SeedOnFirstRun=false",
            $"--Email:Smtp:Host={Smtp.Host}",
            $"--Email:Smtp:Port={Smtp.Port}",
            "--Email:Smtp:Security=None",
            "--Email:DispatchIntervalSeconds=1",
            $"--ExpertLinks:BaseUrl=https://127.0.0.1:{proxyPort}/",
            "--ReverseProxy:KnownProxies:0=127.0.0.1",
            // Every second, so the test sees many firings of one cron trigger that both nodes hold.
            "--Compliance:ScanSchedule=* * * * * ?",
            "--Logging:LogLevel:ExpertNetwork.Infrastructure.Scheduling=Debug",
        ];
        // One node first: on a fresh database it writes the first Data Protection key, which the second then reads.
        Tls = LoopbackCertificate.Create();
        NodeA = await NodeProcess.StartAsync("A", node, Tls, cancellationToken);
        using (var client = new HttpClient(Tls.Handler()) { BaseAddress = NodeA.BaseAddress })
            (await client.GetAsync("/account/login", cancellationToken)).EnsureSuccessStatusCode();
        NodeB = await NodeProcess.StartAsync("B", node, Tls, cancellationToken);
        Proxy = await NginxProxy.StartAsync(nginx, proxyPort, [NodeA.Port, NodeB.Port], Tls, cancellationToken);
        ReadyUtc = DateTimeOffset.UtcNow;
    }

    /// <summary>Skips the test (or fails it under EXPERTNETWORK_REQUIRE_ALL_SUITES=1) when the machine cannot run the cluster.</summary>
    public void Require()
    {
        if (Unavailable is { } why)
            SuiteRequirements.Missing(why);
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
            await Proxy.DisposeAsync();
        if (NodeB is not null)
            await NodeB.DisposeAsync();
        if (NodeA is not null)
            await NodeA.DisposeAsync();
        if (Smtp is not null)
            await Smtp.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        Tls?.Dispose();
        if (Directory.Exists(_commandData))
            Directory.Delete(_commandData, recursive: true);
    }
}
