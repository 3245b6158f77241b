using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>A question whole for the editor: every language, and the text in the reader's language.</summary>
public sealed record QuestionDto(Guid Id, int Order, EvaluationQuestionKind Kind, TranslatedTextDto Text, IReadOnlyList<TranslatedTextDto> Options);
