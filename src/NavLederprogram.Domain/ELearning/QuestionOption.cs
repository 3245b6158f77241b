using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>An option of a choice question, with what the learner is told after submitting when they chose it.</summary>
public sealed record QuestionOption(Guid Id, TranslatedText Text, bool IsCorrect, TranslatedText? Feedback = null);
