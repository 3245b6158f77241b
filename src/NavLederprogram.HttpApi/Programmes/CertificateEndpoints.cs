using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

        group.MapGet("/mine", (ICertificateAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .RequireAuthorization(signedIn).WithName("GetMyCertificates");
        group.MapGet("/{id:guid}/pdf", async (Guid id, string? culture, ICertificateAppService s, CancellationToken ct) =>
            {
                var file = await s.GetPdfAsync(id, culture, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(signedIn).WithName("GetCertificatePdf");
        group.MapGet("/verify/{code}", (string code, ICertificateAppService s, CancellationToken ct) => s.VerifyAsync(code, ct))
            .AllowAnonymous().RequireRateLimiting(VerifyRateLimitPolicy).WithName("VerifyCertificate");
        return app;
    }
}
