using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>A prompt of a matching question and the text that belongs to it.</summary>
public sealed record QuestionPair(Guid Id, TranslatedText Prompt, TranslatedText Match);
