using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NavLederprogram.HttpApi.Host.Identity;

public sealed class SigningKeyOptions
{
    public const string Section = "OpenIddict";

    /// <summary>PFX files for production; when empty, development keys are made once in the data folder.</summary>
    public string? SigningCertificatePath { get; set; }
    public string? EncryptionCertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
}
