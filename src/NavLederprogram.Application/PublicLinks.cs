using Microsoft.Extensions.Configuration;

namespace NavLederprogram;

/// <summary>Addresses that leave the system (calendar feeds, certificate checks) are built on the configured public address.</summary>
public static class PublicLinks
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    public static string PublicUrl(IConfiguration configuration) =>
        (configuration["App:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');

    /// <summary>The public page where anyone checks a certificate's verification code, printed on programme and course certificates.</summary>
    public static string VerificationUrl(IConfiguration configuration, string code) => $"{PublicUrl(configuration)}/verify/{code}";
}
