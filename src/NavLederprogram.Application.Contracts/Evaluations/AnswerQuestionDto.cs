namespace NavLederprogram.Evaluations;

/// <summary>A question as the respondent reads it, in their language.</summary>
public sealed record AnswerQuestionDto(Guid Id, int Order, EvaluationQuestionKind Kind, string Text, string Language, IReadOnlyList<string> Options);
