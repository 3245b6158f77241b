namespace NavLederprogram.ELearning;

/// <summary>A course on the learner's "my courses" page.</summary>
public sealed class MyCourseDto
{
    public required Guid CourseId { get; init; }
    public Guid? EnrolmentId { get; init; }
    public required CourseContentTextDto Title { get; init; }
    public required CourseCategory Category { get; init; }
    public required int EstimatedMinutes { get; init; }
    public CourseEnrolmentSource? Source { get; init; }
    public DateOnly? DueOn { get; init; }
    /// <summary>The deadline has passed and the course is not completed.</summary>
    public required bool Overdue { get; init; }
    public DateTime? StartedAt { get; init; }
    /// <summary>Lessons completed of all lessons in the learner's version, 0–100.</summary>
    public required int ProgressPercent { get; init; }
    public DateTime? CompletedAt { get; init; }
    /// <summary>When the competence the course granted ends (the earliest of its grants); null when it does not.</summary>
    public DateOnly? ValidUntil { get; init; }
}
