using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ExpertNetwork.Web.Tests.Nodes;

/// <summary>
/// A self-signed certificate for 127.0.0.1, written where nginx (PEM) and Kestrel (PFX) read it. Production cookies are
/// Secure, so the test runs TLS end to end as a deployment would: the client to nginx, nginx to each node. Clients
/// trust exactly this certificate and nothing else.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private readonly X509Certificate2 _certificate;

    private LoopbackCertificate(X509Certificate2 certificate, string directory)
    {
        _certificate = certificate;
        Directory = directory;
    }

    public string Directory { get; }

    public string PfxPath => Path.Combine(Directory, "node.pfx");

    public string PfxPassword => "loopback-test";

    public string CertificatePemPath => Path.Combine(Directory, "proxy.crt");

    public string KeyPemPath => Path.Combine(Directory, "proxy.key");

    public static LoopbackCertificate Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertnetwork-tls-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var created = new LoopbackCertificate(certificate, directory);
        File.WriteAllBytes(created.PfxPath, certificate.Export(X509ContentType.Pfx, created.PfxPassword));
        File.WriteAllText(created.CertificatePemPath, certificate.ExportCertificatePem());
        File.WriteAllText(created.KeyPemPath, key.ExportPkcs8PrivateKeyPem());
        // nginx reads them after dropping to its worker user.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
            foreach (var file in new[] { created.CertificatePemPath, created.KeyPemPath })
                File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }
        return created;
    }

    /// <summary>A handler that trusts this certificate only.</summary>
    public HttpClientHandler Handler(bool followRedirects = true, System.Net.CookieContainer? cookies = null) => new()
    {
        AllowAutoRedirect = followRedirects,
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new System.Net.CookieContainer(),
        ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
            presented is not null && presented.RawData.AsSpan().SequenceEqual(_certificate.RawData) &&
            (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None,
    };

    public void Dispose()
    {
        _certificate.Dispose();
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
