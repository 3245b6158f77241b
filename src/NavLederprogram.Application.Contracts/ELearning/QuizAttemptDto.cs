namespace NavLederprogram.ELearning;

/// <summary>
/// An attempt: its questions and the answers saved so far; once submitted or expired, its <see cref="Result"/> with
/// feedback and the correct answers (null before: the client never receives them while answering).
/// </summary>
public sealed record QuizAttemptDto
{
    public required Guid Id { get; init; }
    public required Guid QuizId { get; init; }
    public required Guid CourseId { get; init; }
    public required QuizLocalTextDto QuizTitle { get; init; }
    public required int Number { get; init; }
    public required QuizAttemptState State { get; init; }
    public required DateTime StartedAt { get; init; }

    /// <summary>When the server stops accepting answers; null without a time limit.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>The server's clock when this was sent, so that a countdown does not depend on the device's clock.</summary>
    public required DateTime ServerTime { get; init; }

    public DateTime? SubmittedAt { get; init; }
    public required IReadOnlyList<QuizAttemptQuestionDto> Questions { get; init; }
    public required IReadOnlyList<QuizAnswerDto> Answers { get; init; }
    public QuizResultDto? Result { get; init; }
}
