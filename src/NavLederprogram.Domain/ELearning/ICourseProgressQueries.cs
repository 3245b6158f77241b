namespace NavLederprogram.ELearning;

/// <summary>Course enrolments counted by course, region or office in one grouped query each; people count where they work now.</summary>
public interface ICourseProgressQueries
{
    Task<IReadOnlyList<CourseProgressCount>> CountAsync(CourseProgressFilter filter, CourseProgressGrouping grouping, DateOnly today, CancellationToken ct);
}
