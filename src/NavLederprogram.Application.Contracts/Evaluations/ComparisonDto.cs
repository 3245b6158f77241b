namespace NavLederprogram.Evaluations;

/// <summary>The comparison across cohorts; free texts are left out, as they belong to one evaluation's review.</summary>
public sealed record ComparisonDto(Guid QuestionSetId, string Name, int MinimumAnswers, IReadOnlyList<ComparisonColumnDto> Columns,
    IReadOnlyList<ComparisonRowDto> Rows, IReadOnlyList<EvaluationRegionOptionDto> Regions);
