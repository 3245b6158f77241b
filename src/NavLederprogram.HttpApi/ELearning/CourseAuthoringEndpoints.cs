using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

/// <summary>Course authoring under /api/e-learning/courses, and the course files under /api/e-learning/files.</summary>
public static class CourseAuthoringEndpoints
{
    public static IEndpointRouteBuilder MapCourseAuthoringEndpoints(this IEndpointRouteBuilder app)
    {
        var edit = NavLederprogramPermissions.ELearning.Edit;
        var group = app.MapGroup("/api/e-learning/courses").WithTags("Course authoring");
        group.MapGet("", GetAuthoredCourses).RequireAuthorization(edit).WithName(nameof(GetAuthoredCourses));
        group.MapPost("", CreateCourse).RequireAuthorization(edit).WithName(nameof(CreateCourse));
        group.MapGet("/{courseId:guid}", GetAuthoredCourse).RequireAuthorization(edit).WithName(nameof(GetAuthoredCourse));
        group.MapGet("/{courseId:guid}/versions/{versionId:guid}", GetAuthoredCourseVersion)
            .RequireAuthorization(edit).WithName(nameof(GetAuthoredCourseVersion));
        group.MapPut("/{courseId:guid}/draft", SaveCourseDetails).RequireAuthorization(edit).WithName(nameof(SaveCourseDetails));
        group.MapPost("/{courseId:guid}/draft/lessons", AddCourseLesson).RequireAuthorization(edit).WithName(nameof(AddCourseLesson));
        group.MapPut("/{courseId:guid}/draft/lessons/{lessonId:guid}", ChangeCourseLesson)
            .RequireAuthorization(edit).WithName(nameof(ChangeCourseLesson));
        group.MapPost("/{courseId:guid}/draft/lessons/{lessonId:guid}/delete", RemoveCourseLesson)
            .RequireAuthorization(edit).WithName(nameof(RemoveCourseLesson));
        group.MapPost("/{courseId:guid}/draft/lessons/{lessonId:guid}/move", MoveCourseLesson)
            .RequireAuthorization(edit).WithName(nameof(MoveCourseLesson));
        group.MapPost("/{courseId:guid}/draft/publish", PublishCourseDraft).RequireAuthorization(edit).WithName(nameof(PublishCourseDraft));
        group.MapPost("/{courseId:guid}/draft/discard", DiscardCourseDraft).RequireAuthorization(edit).WithName(nameof(DiscardCourseDraft));
        group.MapPost("/{courseId:guid}/drafts", StartCourseDraft).RequireAuthorization(edit).WithName(nameof(StartCourseDraft));

        // The largest upload any purpose allows (plus room for the form's own fields); each purpose's own limit is checked as the file is read.
        var largest = app.ServiceProvider.GetRequiredService<IOptions<CourseFileOptions>>().Value.LargestBytes + 64 * 1024;
        // Bearer-token API: no cookie is involved, so antiforgery does not apply to the upload.
        group.MapPost("/{courseId:guid}/files", UploadCourseFile)
            .RequireAuthorization(edit).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: largest)
            .WithMetadata(new RequestSizeLimitAttribute(largest))
            .WithName(nameof(UploadCourseFile));

        // Read by img, video and track elements, which send no token: the link carries the permission (see CourseFileLinks).
        app.MapGet("/api/e-learning/files/{fileId:guid}", GetCourseFile).WithTags("Course authoring").AllowAnonymous().WithName(nameof(GetCourseFile));
        return app;
    }

    private static Task<PagedResult<CourseListItemDto>> GetAuthoredCourses(
        [AsParameters] PagedQueryParameters q, CourseCategory? category, CourseVersionStatus? status, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new CourseListQuery { Category = category, Status = status }), ct);

    private static async Task<Created<CourseEditorDto>> CreateCourse(CreateCourseInput input, ICourseAuthoringAppService s, CancellationToken ct)
    {
        var dto = await s.CreateAsync(input, ct);
        return TypedResults.Created($"/api/e-learning/courses/{dto.Id}", dto);
    }

    private static Task<CourseEditorDto> GetAuthoredCourse(Guid courseId, ICourseAuthoringAppService s, CancellationToken ct) => s.GetAsync(courseId, ct);

    private static Task<CourseVersionDto> GetAuthoredCourseVersion(Guid courseId, Guid versionId, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.GetVersionAsync(courseId, versionId, ct);

    private static Task<CourseEditorDto> SaveCourseDetails(
        Guid courseId, SaveCourseDetailsInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.SaveDetailsAsync(courseId, input, ct);

    private static Task<CourseEditorDto> AddCourseLesson(Guid courseId, SaveLessonInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.AddLessonAsync(courseId, input, ct);

    private static Task<CourseEditorDto> ChangeCourseLesson(
        Guid courseId, Guid lessonId, SaveLessonInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.ChangeLessonAsync(courseId, lessonId, input, ct);

    private static Task<CourseEditorDto> RemoveCourseLesson(
        Guid courseId, Guid lessonId, CourseVersionActionInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.RemoveLessonAsync(courseId, lessonId, input, ct);

    private static Task<CourseEditorDto> MoveCourseLesson(
        Guid courseId, Guid lessonId, MoveLessonInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.MoveLessonAsync(courseId, lessonId, input, ct);

    private static Task<CourseEditorDto> PublishCourseDraft(
        Guid courseId, CourseVersionActionInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.PublishAsync(courseId, input, ct);

    private static Task<CourseEditorDto> DiscardCourseDraft(
        Guid courseId, CourseVersionActionInput input, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.DiscardDraftAsync(courseId, input, ct);

    private static Task<CourseEditorDto> StartCourseDraft(Guid courseId, ICourseAuthoringAppService s, CancellationToken ct) =>
        s.StartDraftAsync(courseId, ct);

    private static async Task<Created<CourseFileDto>> UploadCourseFile(
        Guid courseId, [FromForm] CourseFilePurpose? purpose, IFormFile? file, ICourseAuthoringAppService s, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        var dto = await s.UploadFileAsync(courseId, purpose, file is null ? null : new CourseFileContent(file.FileName, content!), ct);
        return TypedResults.Created($"/api/e-learning/files/{dto.Id}", dto);
    }

    private static async Task<IResult> GetCourseFile(Guid fileId, string? access, HttpContext http, ICourseFileAppService s, CancellationToken ct)
    {
        var file = await s.OpenAsync(fileId, access, ct);
        // The link's token is the permission: the file may be kept by this browser, never by a shared cache.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        if (file.IsInline) http.Response.Headers.ContentDisposition = "inline";
        return TypedResults.Stream(file.Content, file.ContentType, file.IsInline ? null : file.FileName,
            new DateTimeOffset(file.LastModified, TimeSpan.Zero), enableRangeProcessing: true);
    }
}
