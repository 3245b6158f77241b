namespace NavLederprogram.Evaluations;

/// <summary>
/// One question's result, or <see cref="Hidden"/> ("too few answers to show") with every number null. <see cref="Distribution"/>
/// counts ratings 1–5 or the choices in the order of <see cref="Options"/>.
/// </summary>
public sealed record QuestionResultDto(Guid QuestionId, int Order, EvaluationQuestionKind Kind, string Text, IReadOnlyList<string> Options, bool Hidden,
    int? Count, decimal? Average, IReadOnlyList<int>? Distribution, IReadOnlyList<string>? Texts);
