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
    /// <summary>The video, by a link a video element can load without the bearer token (it carries its own time-limited permission).</summary>
    public string? MediaUrl { get; init; }
    /// <summary>The video's WebVTT captions, linked as the video is.</summary>
    public string? CaptionsUrl { get; init; }
    public string? Transcript { get; init; }
    public required IReadOnlyList<PlayerAttachmentDto> Attachments { get; init; }
    public Guid? ScormPackageId { get; init; }
    public Guid? QuizId { get; init; }
    public DateTime? ViewedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
}
