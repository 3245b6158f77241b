namespace NavLederprogram.ELearning;

/// <summary>E-learning completions and quiz results per course for the programme dashboard, one grouped statement.</summary>
[ModuleContract]
public interface ICourseReportQueries
{
    Task<IReadOnlyList<CourseReportCount>> CountAsync(CourseReportFilter filter, CancellationToken ct);
}
