namespace NavLederprogram.ELearning;

public sealed record QuizAttemptSummaryDto(
    Guid Id,
    int Number,
    QuizAttemptState State,
    DateTime StartedAt,
    DateTime? Deadline,
    DateTime? SubmittedAt,
    decimal? ScorePercent,
    bool? Passed);
