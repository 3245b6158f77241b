namespace NavLederprogram.Evaluations;

/// <summary>An open evaluation the caller may answer, and whether they have — never what they answered.</summary>
public sealed record MyEvaluationDto(Guid Id, string Title, EvaluationTargetKind TargetKind, DateTime ClosesAt, bool Answered);
