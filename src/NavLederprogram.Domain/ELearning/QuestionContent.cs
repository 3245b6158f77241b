using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// What an editor writes for a question. Only the parts of its kind are kept: options for choice questions,
/// <paramref name="TrueIsCorrect"/> for true/false, accepted answers for short answer, pairs for matching.
/// </summary>
public sealed record QuestionContent(
    QuestionKind Kind,
    string? Pool,
    TranslatedText Text,
    decimal Points,
    TranslatedText? Feedback,
    IReadOnlyList<QuestionOption> Options,
    bool? TrueIsCorrect,
    IReadOnlyList<string> AcceptedAnswers,
    IReadOnlyList<QuestionPair> Pairs);
