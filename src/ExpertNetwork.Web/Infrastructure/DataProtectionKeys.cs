using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Data Protection keys (cookies, antiforgery, import tokens) live in the database so every node reads them. With
/// DataProtection:CertificatePath set, each new key is encrypted with that certificate before it is stored, so a copy of
/// the database alone cannot forge a session. A previous certificate (DataProtection:PreviousCertificatePath) only
/// decrypts the keys it encrypted, for the time a rotation takes. A setting that cannot work stops the app at start.
/// </summary>
internal static class DataProtectionKeys
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";
    public const string PreviousCertificatePathKey = "DataProtection:PreviousCertificatePath";
    public const string PreviousCertificatePasswordKey = "DataProtection:PreviousCertificatePassword";

    public static void AddDatabaseDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var current = Load(configuration, CertificatePathKey, CertificatePasswordKey, contentRoot);
        var previous = Load(configuration, PreviousCertificatePathKey, PreviousCertificatePasswordKey, contentRoot);
        if (previous is not null && current is null)
            throw new ConfigurationException($"{PreviousCertificatePathKey} is set but {CertificatePathKey} is not. Set {CertificatePathKey} to the certificate new keys are encrypted with, or remove {PreviousCertificatePathKey}.");

        var builder = services.AddDataProtection().SetApplicationName("ExpertNetwork").PersistKeysToDbContext<ExpertNetworkDbContext>();
        if (current is null)
            return;
        // ProtectKeysWithCertificate also decrypts with the certificate it is given; the previous one only decrypts.
        builder.ProtectKeysWithCertificate(current);
        if (previous is not null)
            builder.UnprotectKeysWithAnyCertificate(previous);
    }

    /// <summary>The certificate a path setting names, with its private key; null when the setting is empty.</summary>
    internal static X509Certificate2? Load(IConfiguration configuration, string pathKey, string passwordKey, string contentRoot)
    {
        var path = configuration[pathKey];
        if (string.IsNullOrWhiteSpace(path))
            return null;
        var fullPath = Path.GetFullPath(path.Trim(), contentRoot);
        if (!File.Exists(fullPath))
            throw new ConfigurationException($"{pathKey} is '{path}', but there is no file at {fullPath}. Put the PFX (PKCS #12) file with the certificate and its private key there, or remove the setting.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(fullPath, configuration[passwordKey]);
        }
        catch (CryptographicException)
        {
            throw new ConfigurationException($"The certificate at {pathKey} ('{path}') cannot be opened: {passwordKey} is not its password, or the file is not a PFX (PKCS #12) file. Set {passwordKey} to the password the file was exported with.");
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new ConfigurationException($"The certificate at {pathKey} ('{path}') holds no private key, so the keys it protects could not be read back. Export it as a PFX file with its private key.");
        }
        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new ConfigurationException($"The certificate at {pathKey} ('{path}') has no RSA key; Data Protection encrypts its keys with RSA. Use an RSA certificate (2048 bits or more).");
        }
        return certificate;
    }
}
