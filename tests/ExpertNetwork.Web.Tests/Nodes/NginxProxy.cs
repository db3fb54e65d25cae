using System.Diagnostics;
using System.Net.Sockets;

namespace ExpertNetwork.Web.Tests.Nodes;

/// <summary>
/// nginx from the machine's packages, started on a configuration of its own (a round robin over the given upstreams
/// on a free port, every path in a temp folder), in the foreground, so it ends with the test. The access log records
/// which upstream served each request.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProxy(Process process, string directory, int port)
    {
        _process = process;
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"https://127.0.0.1:{Port}/");

    public string AccessLogPath => Path.Combine(Directory, "access.log");

    /// <summary>The nginx binary, or null when it is not installed.</summary>
    public static string? Locate()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/sbin"))
        {
            var candidate = Path.Combine(dir, "nginx");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>The configuration the test runs: the sample in docs/operations.md on loopback, TLS to the client and to the nodes.</summary>
    public static string Configuration(string directory, int port, IEnumerable<int> upstreamPorts, LoopbackCertificate tls) => $$"""
        worker_processes 1;
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;
        events { worker_connections 256; }
        http {
            log_format upstreams '$request_method $request_uri $status $upstream_addr';
            access_log {{directory}}/access.log upstreams;
            client_body_temp_path {{directory}}/client-body;
            proxy_temp_path {{directory}}/proxy;
            fastcgi_temp_path {{directory}}/fastcgi;
            uwsgi_temp_path {{directory}}/uwsgi;
            scgi_temp_path {{directory}}/scgi;
            client_max_body_size 21m;
            upstream expertnetwork {
        {{string.Join(Environment.NewLine, upstreamPorts.Select(p => $"        server 127.0.0.1:{p};"))}}
            }
            server {
                listen 127.0.0.1:{{port}} ssl;
                ssl_certificate {{tls.CertificatePemPath}};
                ssl_certificate_key {{tls.KeyPemPath}};
                location / {
                    proxy_pass https://expertnetwork;
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }
            }
        }
        """;

    public static async Task<NginxProxy> StartAsync(string nginx, int port, IReadOnlyList<int> upstreamPorts, LoopbackCertificate tls, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertnetwork-nginx-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        // Started as root, nginx's worker runs as an unprivileged user: it must be able to write its temp folders.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        var config = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(directory, port, upstreamPorts, tls), cancellationToken);

        var start = new ProcessStartInfo(nginx)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", directory, "-c", config, "-g", "daemon off;" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {nginx}.");
        var output = process.StandardError.ReadToEndAsync(cancellationToken);
        var proxy = new NginxProxy(process, directory, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await output}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port, cancellationToken);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        await proxy.DisposeAsync();
        throw new InvalidOperationException("nginx did not accept connections within 20 seconds.");
    }

    /// <summary>The upstream address of each logged request whose path starts with <paramref name="pathPrefix"/>.</summary>
    public async Task<IReadOnlyList<string>> UpstreamsOfAsync(string pathPrefix, CancellationToken cancellationToken)
    {
        // nginx writes each line when the request completes; reading the file shares it with the writer.
        await using var file = new FileStream(AccessLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        var lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(l => l.Split(' '))
            .Where(p => p.Length >= 4 && p[1].StartsWith(pathPrefix, StringComparison.Ordinal))
            .Select(p => p[3])
            .ToList();
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
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
