namespace NavLederprogram.Evaluations;

public sealed record EvaluationRegionOptionDto(Guid Id, string Name);
