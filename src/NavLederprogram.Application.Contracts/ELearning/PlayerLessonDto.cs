namespace NavLederprogram.ELearning;

/// <summary>A lesson as the course player shows it, with the learner's progress in it.</summary>
public sealed class PlayerLessonDto
{
    public required Guid Id { get; init; }
    public required int Order { get; init; }
    public required LessonKind Kind { get; init; }
    public required CourseContentTextDto Title { get; init; }
    /// <summary>Sanitized HTML: the text of a text lesson, an introduction for the other kinds.</summary>
    public string? Body { get; init; }
    public Guid? MediaFileId { get; init; }
    public Guid? CaptionsFileId { get; init; }
    public string? Transcript { get; init; }
    public required IReadOnlyList<Guid> AttachmentFileIds { get; init; }
    public Guid? ScormPackageId { get; init; }
    public Guid? QuizId { get; init; }
    public DateTime? ViewedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
}
