namespace NavLederprogram.ELearning;

/// <summary>
/// A learner's answer to one question: the options chosen (choice and true/false), the text written (short answer)
/// or the matches made (matching).
/// </summary>
public sealed record QuizAnswer(Guid QuestionId, IReadOnlyList<Guid> OptionIds, string? Text, IReadOnlyList<QuizMatch> Matches);
