using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// Keys must survive restarts and be the same on every node, or a token issued by one node is refused by the next, and
/// every issued token and refresh token becomes worthless.
/// </summary>
public static class SigningKeys
{
    public static (X509Certificate2 Signing, X509Certificate2 Encryption) Load(SigningKeyOptions options, string dataFolder, bool allowDevelopmentKeys)
    {
        var signing = FromConfiguration(options.SigningCertificatePath, options.SigningCertificate, options.CertificatePassword);
        var encryption = FromConfiguration(options.EncryptionCertificatePath, options.EncryptionCertificate, options.CertificatePassword);
        if (signing is not null && encryption is not null) return (signing, encryption);
        if (signing is not null || encryption is not null)
            throw new InvalidOperationException("Configure both the signing and the encryption certificate (OpenIddict:SigningCertificate[Path] "
                + "and OpenIddict:EncryptionCertificate[Path]), not only one of them.");
        if (!allowDevelopmentKeys)
            throw new InvalidOperationException("No token keys are configured. Outside Development every node must load the same certificates: set "
                + "OpenIddict:SigningCertificatePath and OpenIddict:EncryptionCertificatePath (PFX files), or OpenIddict:SigningCertificate and "
                + "OpenIddict:EncryptionCertificate (the PFX in base64), and OpenIddict:CertificatePassword if they have one.");

        // Development only: one key pair per data folder, made on first start.
        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, "keys")).FullName;
        return (LoadOrCreate(Path.Combine(folder, "signing.pfx"), X509KeyUsageFlags.DigitalSignature),
                LoadOrCreate(Path.Combine(folder, "encryption.pfx"), X509KeyUsageFlags.KeyEncipherment));
    }

    private static X509Certificate2? FromConfiguration(string? path, string? base64, string? password)
    {
        if (!string.IsNullOrWhiteSpace(path)) return LoadPfx(path, password);
        if (string.IsNullOrWhiteSpace(base64)) return null;
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException e) { throw new InvalidOperationException("A token certificate in OpenIddict configuration is not valid base64.", e); }
        return X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static X509Certificate2 LoadPfx(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    private static X509Certificate2 LoadOrCreate(string path, X509KeyUsageFlags usage)
    {
        if (File.Exists(path)) return LoadPfx(path, null);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=NavLederprogram development " + usage, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        var bytes = certificate.Export(X509ContentType.Pfx);
        // Several hosts may start at once on a fresh folder: the first writer wins, the rest read its file.
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes);
        }
        catch (IOException) when (File.Exists(path)) { }
        return LoadPfx(path, null);
    }
}
