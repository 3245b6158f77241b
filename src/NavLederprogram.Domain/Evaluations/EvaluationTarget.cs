namespace NavLederprogram.Evaluations;

/// <summary>
/// What an evaluation is attached to, as resolved by the module that owns it: the cohort (for comparison across cohorts) and
/// the region (for the coordinators' scope) it belongs to, and its name.
/// </summary>
public sealed record EvaluationTarget(EvaluationTargetKind Kind, Guid TargetId, Guid? CohortId, Guid? RegionId, string Name);
