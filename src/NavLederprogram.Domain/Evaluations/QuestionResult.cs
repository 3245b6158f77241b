namespace NavLederprogram.Evaluations;

/// <summary>
/// The result of one question, or only that there are too few answers to show one (<see cref="Hidden"/>; then every number
/// is null). <see cref="Distribution"/> counts each rating 1–5 or each choice in order; <see cref="Texts"/> holds released
/// free texts in alphabetical order, never the order they were written in.
/// </summary>
public sealed record QuestionResult(Guid QuestionId, EvaluationQuestionKind Kind, bool Hidden, int? Count, decimal? Average,
    IReadOnlyList<int>? Distribution, IReadOnlyList<string>? Texts);
