namespace NavLederprogram.Evaluations;

/// <summary>
/// Which evaluations to summarise: of the regions (null: every region, national ones included), of one cohort, and closing in
/// [From, To) when given.
/// </summary>
[ModuleContract]
public sealed record EvaluationSummaryFilter(IReadOnlyCollection<Guid>? RegionIds, Guid? CohortId, DateTime? From, DateTime? To);
