namespace NavLederprogram.ELearning;

/// <summary>A question of the bank as its editor sees it, with what is correct.</summary>
public sealed record QuestionDto
{
    public required Guid Id { get; init; }
    public required QuestionKind Kind { get; init; }
    public required string Pool { get; init; }
    public required QuizTextDto Text { get; init; }
    public required decimal Points { get; init; }
    public QuizTextDto? Feedback { get; init; }
    public required IReadOnlyList<QuestionOptionDto> Options { get; init; }
    public bool? TrueIsCorrect { get; init; }
    public required IReadOnlyList<string> AcceptedAnswers { get; init; }
    public required IReadOnlyList<QuestionPairDto> Pairs { get; init; }
}
