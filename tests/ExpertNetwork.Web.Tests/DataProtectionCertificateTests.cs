using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>Data Protection keys encrypted at rest with the certificate named by DataProtection:CertificatePath.</summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string Password = "Pfx-Passw0rd!";

    private readonly string _folder = Directory.CreateTempSubdirectory("expertnetwork-dp-").FullName;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_certificate_the_stored_keys_hold_no_plain_master_key_and_a_second_node_with_it_reads_what_the_first_protected()
    {
        var pfx = WritePfx("keys.pfx", withPrivateKey: true);
        await using var first = new App(("DataProtection:CertificatePath", pfx), ("DataProtection:CertificatePassword", Password));
        var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");

        var stored = await first.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(Cancellation));
        stored.ShouldNotBeEmpty();
        foreach (var xml in stored)
        {
            xml.ShouldNotContain("<masterKey");
            xml.ShouldContain("EncryptedData");
        }

        await using var second = new App(("Storage:DataDirectory", first.DataDirectory), ("DataProtection:CertificatePath", pfx), ("DataProtection:CertificatePassword", Password));
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload).ShouldBe("a session");
    }

    [Fact]
    public async Task After_a_rotation_a_node_with_the_new_certificate_and_the_previous_one_still_reads_what_the_old_keys_protected()
    {
        var old = WritePfx("old.pfx", withPrivateKey: true);
        var rotated = WritePfx("new.pfx", withPrivateKey: true);
        await using var before = new App(("DataProtection:CertificatePath", old), ("DataProtection:CertificatePassword", Password));
        var payload = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");

        await using var after = new App(("Storage:DataDirectory", before.DataDirectory),
            ("DataProtection:CertificatePath", rotated), ("DataProtection:CertificatePassword", Password),
            ("DataProtection:PreviousCertificatePath", old), ("DataProtection:PreviousCertificatePassword", Password));

        after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload).ShouldBe("a session");
        await using var withoutPrevious = new App(("Storage:DataDirectory", before.DataDirectory),
            ("DataProtection:CertificatePath", rotated), ("DataProtection:CertificatePassword", Password));
        Should.Throw<CryptographicException>(() => withoutPrevious.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public async Task A_previous_certificate_without_a_current_one_stops_the_app_naming_both_settings()
    {
        var pfx = WritePfx("old.pfx", withPrivateKey: true);
        await using var app = new App(("DataProtection:PreviousCertificatePath", pfx), ("DataProtection:PreviousCertificatePassword", Password));

        var failure = StartupFailure(app);

        failure.Message.ShouldBe("DataProtection:PreviousCertificatePath is set but DataProtection:CertificatePath is not. Set DataProtection:CertificatePath to the certificate new keys are encrypted with, or remove DataProtection:PreviousCertificatePath.");
    }

    [Fact]
    public async Task A_certificate_path_with_no_file_stops_the_app_naming_the_setting()
    {
        await using var app = new App(("DataProtection:CertificatePath", Path.Combine(_folder, "missing.pfx")));

        var failure = StartupFailure(app);

        failure.Message.ShouldStartWith("DataProtection:CertificatePath is '");
        failure.Message.ShouldContain("there is no file at");
    }

    [Fact]
    public async Task A_wrong_certificate_password_stops_the_app_naming_the_setting()
    {
        var pfx = WritePfx("keys.pfx", withPrivateKey: true);
        await using var app = new App(("DataProtection:CertificatePath", pfx), ("DataProtection:CertificatePassword", "not-the-password"));

        var failure = StartupFailure(app);

        failure.Message.ShouldContain("DataProtection:CertificatePassword is not its password");
    }

    [Fact]
    public async Task A_certificate_without_its_private_key_stops_the_app_naming_the_setting()
    {
        var pfx = WritePfx("public-only.pfx", withPrivateKey: false);
        await using var app = new App(("DataProtection:CertificatePath", pfx), ("DataProtection:CertificatePassword", Password));

        var failure = StartupFailure(app);

        failure.Message.ShouldContain("DataProtection:CertificatePath");
        failure.Message.ShouldContain("holds no private key");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private string WritePfx(string name, bool withPrivateKey)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ExpertNetwork Data Protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var bytes = withPrivateKey
            ? certificate.Export(X509ContentType.Pkcs12, Password)
            : new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(certificate.RawData)).Export(X509ContentType.Pkcs12, Password)!;
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ConfigurationException StartupFailure(ExpertNetworkAppFactory factory)
    {
        var thrown = Should.Throw<Exception>(() => factory.CreateClient());
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is ConfigurationException configuration)
                return configuration;
        }
        throw new ShouldAssertException($"Starting the app threw {thrown.GetType().Name} ({thrown.Message}) with no ConfigurationException inside.");
    }

    private sealed class App : ExpertNetworkAppFactory
    {
        public App(params (string Key, string Value)[] settings)
        {
            // No demo: these tests only need the key ring, and seeding takes seconds.
            Settings["Demo:SeedOnFirstRun"] = "false";
            Settings["Scheduling:Enabled"] = "false";
            foreach (var (key, value) in settings)
                Settings[key] = value;
        }
    }
}
