using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

/// <summary>
/// SCORM packages under /api/e-learning/scorm, and their files under /scorm-content/{launch token}/…, a path of its
/// own with its own security headers (see the host's SecurityHeaders): the launch token in the path is the access,
/// since the iframe that loads a SCO sends no bearer token.
/// </summary>
public static class ScormEndpoints
{
    private const string BasePath = "/api/e-learning/scorm";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapScormEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.ELearning.View;
        var edit = NavLederprogramPermissions.ELearning.Edit;
        var limit = app.ServiceProvider.GetRequiredService<IOptions<ScormOptions>>().Value.MaxPackageBytes;
        var group = app.MapGroup(BasePath).WithTags("ELearning");

        // Bearer-token API: no cookie is involved, so antiforgery does not apply to the upload. The form may be as large
        // as a package (Kestrel's default would stop at 30 MB); a declared length above it is refused before it is read.
        group.MapPost("/courses/{courseId:guid}/packages", UploadScormPackage)
            .RequireAuthorization(edit).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: limit + 64 * 1024)
            .WithMetadata(new RequestSizeLimit(limit + 64 * 1024))
            .WithName(nameof(UploadScormPackage));
        group.MapGet("/courses/{courseId:guid}/packages", GetCourseScormPackages).RequireAuthorization(edit).WithName(nameof(GetCourseScormPackages));
        group.MapGet("/packages/{packageId:guid}", GetScormPackage).RequireAuthorization(view).WithName(nameof(GetScormPackage));
        group.MapPost("/packages/{packageId:guid}/launch", LaunchScormPackage).RequireAuthorization(view).WithName(nameof(LaunchScormPackage));
        group.MapGet("/packages/{packageId:guid}/my-attempts", GetMyScormAttempts).RequireAuthorization(view).WithName(nameof(GetMyScormAttempts));
        group.MapPost("/attempts/{attemptId:guid}/commit", CommitScormAttempt).RequireAuthorization(view).WithName(nameof(CommitScormAttempt));

        app.MapGet(ScormConsts.ContentPath + "/{token}/{**path}", GetScormContent).AllowAnonymous()
            .WithName(nameof(GetScormContent)).ExcludeFromDescription();
        return app;
    }

    private static async Task<Created<ScormPackageDto>> UploadScormPackage(Guid courseId, IFormFile file, IScormAppService s, CancellationToken ct)
    {
        await using var zip = file.OpenReadStream();
        var dto = await s.UploadAsync(courseId, file.FileName, zip, ct);
        return TypedResults.Created($"{BasePath}/packages/{dto.Id}", dto);
    }

    private static Task<IReadOnlyList<ScormPackageDto>> GetCourseScormPackages(Guid courseId, IScormAppService s, CancellationToken ct) =>
        s.GetForCourseAsync(courseId, ct);

    private static Task<ScormPackageDto> GetScormPackage(Guid packageId, IScormAppService s, CancellationToken ct) => s.GetAsync(packageId, ct);

    private static Task<ScormLaunchDto> LaunchScormPackage(Guid packageId, string? sco, IScormAppService s, CancellationToken ct) =>
        s.LaunchAsync(packageId, string.IsNullOrWhiteSpace(sco) ? null : sco, ct);

    private static Task<IReadOnlyList<ScormAttemptDto>> GetMyScormAttempts(Guid packageId, IScormAppService s, CancellationToken ct) =>
        s.GetMyAttemptsAsync(packageId, ct);

    private static Task<ScormCommitResultDto> CommitScormAttempt(Guid attemptId, ScormCommitInput input, IScormAppService s, CancellationToken ct) =>
        s.CommitAsync(attemptId, input, ct);

    private static async Task<IResult> GetScormContent(string token, string? path, HttpContext http, IScormAppService s, CancellationToken ct)
    {
        var file = path is null ? null : await s.OpenContentAsync(token, path, ct);
        if (file is null) return TypedResults.NotFound();
        if (!ContentTypes.TryGetContentType(file.Path, out var contentType)) contentType = "application/octet-stream";
        // The address is personal and short-lived: browsers may keep a file for the session, shared caches never.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.Stream(file.Content, contentType, enableRangeProcessing: true);
    }

    private sealed class RequestSizeLimit(long maxRequestBodySize) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxRequestBodySize;
    }
}
