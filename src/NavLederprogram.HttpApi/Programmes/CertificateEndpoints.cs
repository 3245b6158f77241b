using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

public static class CertificateEndpoints
{
    /// <summary>The host's rate-limit policy for the public verification: it answers anyone, so guessing codes is slowed down.</summary>
    public const string VerifyRateLimitPolicy = "certificate-verify";

    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        var signedIn = NavLederprogramPolicies.SignedInUser;
        var group = app.MapGroup("/api/certificates").WithTags("Certificates");

        group.MapGet("/mine", GetMyCertificates).RequireAuthorization(signedIn).WithName(nameof(GetMyCertificates));
        group.MapGet("/{id:guid}/pdf", GetCertificatePdf).RequireAuthorization(signedIn).WithName(nameof(GetCertificatePdf));
        group.MapGet("/verify/{code}", VerifyCertificate)
            .AllowAnonymous().RequireRateLimiting(VerifyRateLimitPolicy).WithName(nameof(VerifyCertificate));
        return app;
    }

    private static Task<IReadOnlyList<CertificateDto>> GetMyCertificates(
        ICertificateAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static async Task<FileContentHttpResult> GetCertificatePdf(
        Guid id, string? culture, ICertificateAppService s, CancellationToken ct)
    {
        var file = await s.GetPdfAsync(id, culture, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<CertificateVerificationDto> VerifyCertificate(
        string code, ICertificateAppService s, CancellationToken ct) => s.VerifyAsync(code, ct);
}
