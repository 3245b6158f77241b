namespace NavLederprogram.ELearning;

/// <summary>
/// A question of an attempt as the learner answers it. It carries nothing that tells what is correct: options and
/// choices are in this attempt's order, and matching choices have ids made for the attempt.
/// </summary>
public sealed record QuizAttemptQuestionDto(
    Guid Id,
    QuestionKind Kind,
    QuizLocalTextDto Text,
    decimal Points,
    IReadOnlyList<QuizAttemptOptionDto> Options,
    IReadOnlyList<QuizAttemptOptionDto> Prompts,
    IReadOnlyList<QuizAttemptOptionDto> Choices);
