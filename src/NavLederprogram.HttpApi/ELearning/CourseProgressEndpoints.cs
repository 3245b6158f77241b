using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Competence;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

public static class CourseProgressEndpoints
{
    /// <summary>Completion of courses in the viewer's scope, as numbers and as a file.</summary>
    public static IEndpointRouteBuilder MapCourseProgressEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/e-learning/progress").WithTags("ELearning");
        var view = NavLederprogramPermissions.ELearning.ViewProgress;
        group.MapGet("", GetCourseProgress).RequireAuthorization(view).WithName(nameof(GetCourseProgress));
        group.MapGet("/export", ExportCourseProgress).RequireAuthorization(view).WithName(nameof(ExportCourseProgress));
        return app;
    }

    private static Task<CourseProgressDto> GetCourseProgress(Guid? courseId, Guid? regionId, Guid? officeId, ICourseProgressAppService s, CancellationToken ct) =>
        s.GetAsync(new CourseProgressQuery(courseId, regionId, officeId), ct);

    private static async Task<FileContentHttpResult> ExportCourseProgress(
        Guid? courseId, Guid? regionId, Guid? officeId, ExportFormat? format, ICourseProgressAppService s, CancellationToken ct)
    {
        var file = await s.ExportAsync(new CourseProgressQuery(courseId, regionId, officeId), format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
