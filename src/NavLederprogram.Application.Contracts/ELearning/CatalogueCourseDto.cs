namespace NavLederprogram.ELearning;

/// <summary>A published course as a card in the catalogue, with where the caller stands with it.</summary>
public sealed class CatalogueCourseDto
{
    public required Guid CourseId { get; init; }
    public required string Code { get; init; }
    public required CourseContentTextDto Title { get; init; }
    public required CourseContentTextDto Summary { get; init; }
    public required CourseCategory Category { get; init; }
    public required string ContentLanguage { get; init; }
    public required int EstimatedMinutes { get; init; }
    /// <summary>Required for the caller (by role or by assignment); required courses come first.</summary>
    public required bool Required { get; init; }
    public DateOnly? DueOn { get; init; }
    public required CourseLearnerStatus Status { get; init; }
    /// <summary>The caller's enrolment, when they have started the course.</summary>
    public Guid? EnrolmentId { get; init; }
}
