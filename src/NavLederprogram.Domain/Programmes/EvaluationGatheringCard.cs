namespace NavLederprogram.Programmes;

/// <summary>A scheduled gathering of a cohort (its session id), as an evaluation target.</summary>
[ModuleContract]
public sealed record EvaluationGatheringCard(Guid Id, Guid ModuleId, string Title, DateTime StartsAt, DateTime EndsAt);
