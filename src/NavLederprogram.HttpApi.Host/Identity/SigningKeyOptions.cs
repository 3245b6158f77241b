namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// The certificates that sign and encrypt tokens. Every node of one installation must have the same ones, so they come from
/// configuration — a PFX file, or the PFX itself in base64 (from a secret store) — and are made per node only in Development.
/// </summary>
public sealed class SigningKeyOptions
{
    public const string Section = "OpenIddict";

    /// <summary>A PFX file; when empty, <see cref="SigningCertificate"/> is read.</summary>
    public string? SigningCertificatePath { get; set; }
    public string? EncryptionCertificatePath { get; set; }
    /// <summary>The PFX in base64, for secret stores that hand out values rather than files.</summary>
    public string? SigningCertificate { get; set; }
    public string? EncryptionCertificate { get; set; }
    public string? CertificatePassword { get; set; }
}
