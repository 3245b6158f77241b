namespace NavLederprogram.ELearning;

/// <summary>
/// The learner's courses: required and not completed (earliest deadline first), in progress, completed (newest first),
/// and completed courses whose competence ends within <see cref="ExpiringWithinDays"/> days.
/// </summary>
public sealed class MyCoursesDto
{
    public const int ExpiringWithinDays = 60;

    public required IReadOnlyList<MyCourseDto> Required { get; init; }
    public required IReadOnlyList<MyCourseDto> InProgress { get; init; }
    public required IReadOnlyList<MyCourseDto> Completed { get; init; }
    public required IReadOnlyList<MyCourseDto> Expiring { get; init; }
}
