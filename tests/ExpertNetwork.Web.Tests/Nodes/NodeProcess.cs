using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ExpertNetwork.Web.Tests.Nodes;

/// <summary>
/// The built web app run as its own process (`dotnet ExpertNetwork.Web.dll`), the way a server runs it: Production,
/// its own port and data folder, configuration on the command line. Its console output is kept for the test to read.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, Process process, int port, string dataDirectory)
    {
        Name = name;
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
    }

    public string Name { get; }

    public int Port { get; }

    public string DataDirectory { get; }

    /// <summary>Nodes serve HTTPS (Production cookies are Secure), with the test's loopback certificate.</summary>
    public Uri BaseAddress => new($"https://127.0.0.1:{Port}/");

    /// <summary>Standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    private static string WebAppDll => Path.Combine(AppContext.BaseDirectory, "ExpertNetwork.Web.dll");

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs an operator command (`migrate`, `seed-demo`, ...) to completion; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(arguments)) ?? throw new InvalidOperationException($"Could not start {DotnetHost}.");
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
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts the app serving on a free port and waits until it reports ready.</summary>
    public static async Task<NodeProcess> StartAsync(string name, IEnumerable<string> configuration, LoopbackCertificate tls, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"expertnetwork-node-{name.ToLowerInvariant()}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDirectory);
        var start = StartInfo(configuration.Concat([
            $"--urls=https://127.0.0.1:{port}", $"--Storage:DataDirectory={dataDirectory}",
            $"--Kestrel:Certificates:Default:Path={tls.PfxPath}", $"--Kestrel:Certificates:Default:Password={tls.PfxPassword}"]));
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {DotnetHost}.");
        var node = new NodeProcess(name, process, port, dataDirectory);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient(tls.Handler()) { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Node {name} exited with {process.ExitCode}:{Environment.NewLine}{node.Output}");
            try
            {
                using var ready = await client.GetAsync("/health/ready", cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                    return node;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer on a busy machine.
            }
            await Task.Delay(250, cancellationToken);
        }
        await node.DisposeAsync();
        throw new InvalidOperationException($"Node {name} did not report ready within 90 seconds:{Environment.NewLine}{node.Output}");
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAppDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
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
