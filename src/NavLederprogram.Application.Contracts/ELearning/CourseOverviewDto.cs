namespace NavLederprogram.ELearning;

/// <summary>A course as the learner sees it before and while taking it: what it is about, its lessons, and their enrolment.</summary>
public sealed class CourseOverviewDto
{
    public required Guid CourseId { get; init; }
    public required string Code { get; init; }
    public required CourseContentTextDto Title { get; init; }
    public required CourseContentTextDto Summary { get; init; }
    public required CourseContentTextDto Description { get; init; }
    public required CourseCategory Category { get; init; }
    public required string ContentLanguage { get; init; }
    public required int EstimatedMinutes { get; init; }
    public required IReadOnlyList<LessonOutlineDto> Lessons { get; init; }
    public required bool Required { get; init; }
    public DateOnly? DueOn { get; init; }
    public required CourseLearnerStatus Status { get; init; }
    public Guid? EnrolmentId { get; init; }
}
