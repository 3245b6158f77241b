namespace NavLederprogram.ELearning;

/// <summary>The learner's course in the player: the version they started, its lessons in order, and their progress.</summary>
public sealed class LearnerCourseDto
{
    public required Guid EnrolmentId { get; init; }
    public required Guid CourseId { get; init; }
    public required Guid CourseVersionId { get; init; }
    public required int VersionNumber { get; init; }
    /// <summary>A newer version is published; the learner finishes the one they started.</summary>
    public required bool NewerVersionPublished { get; init; }
    public required CourseContentTextDto Title { get; init; }
    public required CourseContentTextDto Summary { get; init; }
    public required CourseContentTextDto Description { get; init; }
    public required CourseCategory Category { get; init; }
    public required string ContentLanguage { get; init; }
    public required int EstimatedMinutes { get; init; }
    public required CourseCompletionRule CompletionRule { get; init; }
    public required CourseEnrolmentSource Source { get; init; }
    public DateOnly? DueOn { get; init; }
    /// <summary>When the learner first opened a lesson; null while they have only enrolled.</summary>
    public DateTime? StartedAt { get; init; }
    /// <summary>The lesson to resume at.</summary>
    public Guid? LastLessonId { get; init; }
    public required IReadOnlyList<PlayerLessonDto> Lessons { get; init; }
    public decimal? QuizBestScorePercent { get; init; }
    public DateTime? QuizPassedAt { get; init; }
    public required bool ScormCompleted { get; init; }
    public decimal? ScormScorePercent { get; init; }
    public DateTime? CompletedAt { get; init; }
    /// <summary>The course certificate's code, once the course is completed.</summary>
    public string? CertificateCode { get; init; }
}
