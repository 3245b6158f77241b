using NavLederprogram.Paging;

namespace NavLederprogram.ELearning;

/// <summary>Writing courses: details, lessons, files, publication and versions. For those with ELearning.Edit.</summary>
public interface ICourseAuthoringAppService
{
    Task<PagedResult<CourseListItemDto>> GetListAsync(CourseListQuery query, CancellationToken ct);
    Task<CourseEditorDto> GetAsync(Guid courseId, CancellationToken ct);
    Task<CourseVersionDto> GetVersionAsync(Guid courseId, Guid versionId, CancellationToken ct);
    Task<CourseEditorDto> CreateAsync(CreateCourseInput input, CancellationToken ct);
    Task<CourseEditorDto> SaveDetailsAsync(Guid courseId, SaveCourseDetailsInput input, CancellationToken ct);
    Task<CourseEditorDto> AddLessonAsync(Guid courseId, SaveLessonInput input, CancellationToken ct);
    Task<CourseEditorDto> ChangeLessonAsync(Guid courseId, Guid lessonId, SaveLessonInput input, CancellationToken ct);
    Task<CourseEditorDto> RemoveLessonAsync(Guid courseId, Guid lessonId, CourseVersionActionInput input, CancellationToken ct);
    Task<CourseEditorDto> MoveLessonAsync(Guid courseId, Guid lessonId, MoveLessonInput input, CancellationToken ct);
    Task<CourseEditorDto> PublishAsync(Guid courseId, CourseVersionActionInput input, CancellationToken ct);
    Task<CourseEditorDto> StartDraftAsync(Guid courseId, CancellationToken ct);
    Task<CourseEditorDto> DiscardDraftAsync(Guid courseId, CourseVersionActionInput input, CancellationToken ct);
    Task<CourseFileDto> UploadFileAsync(Guid courseId, CourseFilePurpose? purpose, CourseFileContent? file, CancellationToken ct);
}
