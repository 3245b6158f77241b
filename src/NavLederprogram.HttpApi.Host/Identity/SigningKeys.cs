using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Keys must survive restarts, or every issued token and refresh token becomes worthless.</summary>
public static class SigningKeys
{
    public static (X509Certificate2 Signing, X509Certificate2 Encryption) Load(SigningKeyOptions options, string dataFolder, bool allowDevelopmentKeys)
    {
        if (!string.IsNullOrEmpty(options.SigningCertificatePath) && !string.IsNullOrEmpty(options.EncryptionCertificatePath))
            return (LoadPfx(options.SigningCertificatePath, options.CertificatePassword), LoadPfx(options.EncryptionCertificatePath, options.CertificatePassword));
        if (!allowDevelopmentKeys)
            throw new InvalidOperationException("OpenIddict:SigningCertificatePath and OpenIddict:EncryptionCertificatePath must be configured outside Development.");

        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, "keys")).FullName;
        return (LoadOrCreate(Path.Combine(folder, "signing.pfx"), X509KeyUsageFlags.DigitalSignature),
                LoadOrCreate(Path.Combine(folder, "encryption.pfx"), X509KeyUsageFlags.KeyEncipherment));
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
