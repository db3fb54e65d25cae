using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ExpertNetwork.TestSupport;

/// <summary>
/// A PostgreSQL server for tests: the one named by EXPERTNETWORK_TEST_POSTGRES, or a throwaway cluster started
/// from the PostgreSQL binaries on this machine (initdb/pg_ctl on PATH or under /usr/lib/postgresql) and removed
/// afterwards. <see cref="Unavailable"/> says why there is none.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "EXPERTNETWORK_TEST_POSTGRES";

    private string? _clusterDirectory;
    private string? _binDirectory;

    private PostgresServer() { }

    public string? AdminConnectionString { get; private set; }
    public string? Unavailable { get; private set; }

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            server.AdminConnectionString = external;
            return server;
        }
        server._binDirectory = FindBinDirectory();
        if (server._binDirectory is null)
        {
            server.Unavailable = $"PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql) and {ConnectionVariable} is not set";
            return server;
        }
        try
        {
            await server.StartClusterAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            server.Unavailable = $"A throwaway PostgreSQL cluster could not be started: {ex.Message}";
            await server.DisposeAsync();
        }
        return server;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is null || _binDirectory is null)
            return;
        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", Path.Combine(_clusterDirectory, "data"), "-m", "immediate", "-w", "stop"], allowFailure: true);
        try
        {
            Directory.Delete(_clusterDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
        _clusterDirectory = null;
    }

    private async Task StartClusterAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertnetwork-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        _clusterDirectory = directory;
        if (RunningAsRoot)
            await RunAsync("chown", ["postgres:", directory]);
        var port = FreePort();
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(_binDirectory!, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "-N"]);
        await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"),
        [
            "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start",
        ]);
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=15";
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static string? FindBinDirectory()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return dir;
        }
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
            return null;
        return Directory.GetDirectories(debianRoot)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo
        {
            // PostgreSQL refuses to run as root; as root, run its tools as the postgres system user.
            FileName = RunningAsRoot && file != "chown" ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (RunningAsRoot && file != "chown")
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
                start.ArgumentList.Add(a);
        }
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await error}{await output}");
    }
}
