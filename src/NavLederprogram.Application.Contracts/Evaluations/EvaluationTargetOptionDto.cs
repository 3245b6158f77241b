namespace NavLederprogram.Evaluations;

/// <summary>Something an evaluation can be attached to; <see cref="CohortId"/> is set for gatherings and modules.</summary>
public sealed record EvaluationTargetOptionDto(EvaluationTargetKind Kind, Guid Id, Guid? CohortId, string Name, DateTime? StartsAt);
