namespace NavLederprogram.ELearning;

/// <summary>After submission: how a question went, its feedback, and what the correct answer was.</summary>
public sealed record QuizQuestionFeedbackDto
{
    public required Guid QuestionId { get; init; }
    public required QuestionOutcome Outcome { get; init; }
    public required decimal Points { get; init; }
    public required decimal PointsPossible { get; init; }
    public QuizLocalTextDto? Feedback { get; init; }

    /// <summary>Feedback written for the options the learner chose.</summary>
    public required IReadOnlyList<QuizOptionFeedbackDto> OptionFeedback { get; init; }

    public required IReadOnlyList<Guid> CorrectOptionIds { get; init; }
    public required IReadOnlyList<string> AcceptedAnswers { get; init; }
    public required IReadOnlyList<QuizMatchDto> CorrectMatches { get; init; }
}
