using NavLederprogram.Localization;

namespace NavLederprogram.Evaluations;

/// <summary>A question as the set's editor sends it; <paramref name="Id"/> is kept when the question existed before.</summary>
public sealed record QuestionDraft(Guid? Id, EvaluationQuestionKind Kind, TranslatedText Text, IReadOnlyList<TranslatedText> Options);
