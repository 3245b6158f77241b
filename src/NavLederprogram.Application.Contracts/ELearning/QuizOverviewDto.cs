namespace NavLederprogram.ELearning;

/// <summary>A quiz as a learner sees it before starting: its rules and their attempt history.</summary>
public sealed record QuizOverviewDto
{
    public required Guid Id { get; init; }
    public required Guid CourseId { get; init; }
    public required QuizLocalTextDto Title { get; init; }
    public required int PassMarkPercent { get; init; }
    public int? AttemptLimit { get; init; }
    public int? TimeLimitMinutes { get; init; }
    public required int QuestionsPerAttempt { get; init; }

    /// <summary>Attempts left; null without a limit.</summary>
    public int? AttemptsLeft { get; init; }

    public Guid? OpenAttemptId { get; init; }
    public decimal? BestScorePercent { get; init; }
    public required bool Passed { get; init; }
    public required IReadOnlyList<QuizAttemptSummaryDto> Attempts { get; init; }
}
