using NavLederprogram.Paging;

namespace NavLederprogram.ELearning;

/// <summary>The learner's side of e-learning: the catalogue, enrolling, taking lessons, "my courses" and the course certificate.</summary>
public interface ICourseLearnerAppService
{
    /// <summary>Published courses matching the search and filters, those required for the caller first.</summary>
    Task<PagedResult<CatalogueCourseDto>> GetCatalogueAsync(CatalogueQuery query, CancellationToken ct);
    /// <summary>A published course (or the version the caller is taking) with its outline and the caller's enrolment.</summary>
    Task<CourseOverviewDto> GetCourseAsync(Guid courseId, CancellationToken ct);
    /// <summary>Starts the course's published version for the caller; enrolling again returns the enrolment they have.</summary>
    Task<LearnerCourseDto> EnrolAsync(Guid courseId, CancellationToken ct);
    /// <summary>The caller's enrolment in the player; anyone else's is not found.</summary>
    Task<LearnerCourseDto> GetEnrolmentAsync(Guid enrolmentId, CancellationToken ct);
    /// <summary>Records that the learner opened a lesson (viewed, and where to resume).</summary>
    Task<LearnerCourseDto> OpenLessonAsync(Guid enrolmentId, Guid lessonId, CancellationToken ct);
    /// <summary>The learner marks a text, video or file lesson completed; quiz and SCORM lessons complete by their results.</summary>
    Task<LearnerCourseDto> CompleteLessonAsync(Guid enrolmentId, Guid lessonId, CancellationToken ct);
    Task<MyCoursesDto> GetMyCoursesAsync(CancellationToken ct);
    /// <summary>The certificate of a completed course as a PDF in nb, nn or en; only for its owner.</summary>
    Task<CourseCertificatePdfFile> GetCertificatePdfAsync(Guid enrolmentId, string? culture, CancellationToken ct);
}
