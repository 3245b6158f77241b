using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A question as an attempt asks it, copied from the bank when the attempt starts: its options and matching choices
/// in the order this learner sees them, and what is correct, which only the server reads before submission.
/// </summary>
public sealed record QuizAttemptQuestion(
    Guid QuestionId,
    QuestionKind Kind,
    TranslatedText Text,
    decimal Points,
    TranslatedText? Feedback,
    IReadOnlyList<QuestionOption> Options,
    IReadOnlyList<string> AcceptedAnswers,
    IReadOnlyList<QuestionPair> Pairs,
    IReadOnlyList<QuizMatchChoice> Choices);
