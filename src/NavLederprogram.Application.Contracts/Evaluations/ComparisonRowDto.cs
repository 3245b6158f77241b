namespace NavLederprogram.Evaluations;

public sealed record ComparisonRowDto(Guid QuestionId, EvaluationQuestionKind Kind, string Text, IReadOnlyList<string> Options, IReadOnlyList<ComparisonCellDto> Cells);
