using NavLederprogram.Competence;

namespace NavLederprogram.ELearning;

public interface ICourseProgressAppService
{
    Task<CourseProgressDto> GetAsync(CourseProgressQuery query, CancellationToken ct);

    /// <summary>The same numbers as a file: one sheet (or CSV block) per grouping.</summary>
    Task<ExportFile> ExportAsync(CourseProgressQuery query, ExportFormat format, CancellationToken ct);
}
