using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

/// <summary>The learner's endpoints: the catalogue, enrolling, the course player, "my courses" and the course certificate.</summary>
public static class CourseLearnerEndpoints
{
    public static IEndpointRouteBuilder MapCourseLearnerEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.ELearning.View;
        var root = app.MapGroup("/api/e-learning").WithTags("E-learning");

        root.MapGet("/catalogue", GetCourseCatalogue).RequireAuthorization(view).WithName(nameof(GetCourseCatalogue));
        root.MapGet("/catalogue/{courseId:guid}", GetCatalogueCourse).RequireAuthorization(view).WithName(nameof(GetCatalogueCourse));
        root.MapPost("/catalogue/{courseId:guid}/enrol", EnrolInCourse).RequireAuthorization(view).WithName(nameof(EnrolInCourse));
        root.MapGet("/my-courses", GetMyCourses).RequireAuthorization(view).WithName(nameof(GetMyCourses));

        var enrolments = root.MapGroup("/enrolments");
        enrolments.MapGet("/{enrolmentId:guid}", GetCourseEnrolment).RequireAuthorization(view).WithName(nameof(GetCourseEnrolment));
        enrolments.MapPost("/{enrolmentId:guid}/lessons/{lessonId:guid}/open", OpenCourseLesson)
            .RequireAuthorization(view).WithName(nameof(OpenCourseLesson));
        enrolments.MapPost("/{enrolmentId:guid}/lessons/{lessonId:guid}/complete", CompleteCourseLesson)
            .RequireAuthorization(view).WithName(nameof(CompleteCourseLesson));
        enrolments.MapGet("/{enrolmentId:guid}/certificate/pdf", GetCourseCertificatePdf)
            .RequireAuthorization(view).WithName(nameof(GetCourseCertificatePdf));
        return app;
    }

    private static Task<PagedResult<CatalogueCourseDto>> GetCourseCatalogue(
        [AsParameters] PagedQueryParameters q, CourseCategory? category, Guid? jobRoleId, string? language, CourseLengthBand? length,
        ICourseLearnerAppService s, CancellationToken ct) =>
        s.GetCatalogueAsync(q.ToQuery(new CatalogueQuery { Category = category, JobRoleId = jobRoleId, Language = language, Length = length }), ct);

    private static Task<CourseOverviewDto> GetCatalogueCourse(Guid courseId, ICourseLearnerAppService s, CancellationToken ct) =>
        s.GetCourseAsync(courseId, ct);

    private static Task<LearnerCourseDto> EnrolInCourse(Guid courseId, ICourseLearnerAppService s, CancellationToken ct) => s.EnrolAsync(courseId, ct);

    private static Task<MyCoursesDto> GetMyCourses(ICourseLearnerAppService s, CancellationToken ct) => s.GetMyCoursesAsync(ct);

    private static Task<LearnerCourseDto> GetCourseEnrolment(Guid enrolmentId, ICourseLearnerAppService s, CancellationToken ct) =>
        s.GetEnrolmentAsync(enrolmentId, ct);

    private static Task<LearnerCourseDto> OpenCourseLesson(Guid enrolmentId, Guid lessonId, ICourseLearnerAppService s, CancellationToken ct) =>
        s.OpenLessonAsync(enrolmentId, lessonId, ct);

    private static Task<LearnerCourseDto> CompleteCourseLesson(Guid enrolmentId, Guid lessonId, ICourseLearnerAppService s, CancellationToken ct) =>
        s.CompleteLessonAsync(enrolmentId, lessonId, ct);

    private static async Task<FileContentHttpResult> GetCourseCertificatePdf(
        Guid enrolmentId, string? culture, ICourseLearnerAppService s, CancellationToken ct)
    {
        var file = await s.GetCertificatePdfAsync(enrolmentId, culture, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
