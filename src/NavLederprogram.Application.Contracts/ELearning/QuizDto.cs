namespace NavLederprogram.ELearning;

/// <summary>A quiz with its settings and question bank, for its editor.</summary>
public sealed record QuizDto
{
    public required Guid Id { get; init; }
    public required Guid CourseId { get; init; }
    public required QuizTextDto Title { get; init; }
    public required int PassMarkPercent { get; init; }
    public int? AttemptLimit { get; init; }
    public int? TimeLimitMinutes { get; init; }
    public required bool ShuffleQuestions { get; init; }
    public required bool ShuffleOptions { get; init; }
    public required IReadOnlyList<QuizDrawDto> Draws { get; init; }
    public required IReadOnlyList<QuizPoolDto> Pools { get; init; }

    /// <summary>How many questions one attempt asks.</summary>
    public required int QuestionsPerAttempt { get; init; }

    public required IReadOnlyList<QuestionDto> Questions { get; init; }
    public required string ConcurrencyStamp { get; init; }
}
