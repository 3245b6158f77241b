namespace NavLederprogram.Development;

/// <summary>The leader's development: their plans, and the cohorts they take part in that have none yet.</summary>
public sealed record MyDevelopmentDto(IReadOnlyList<DevelopmentPlanSummaryDto> Plans, IReadOnlyList<DevelopmentCohortOptionDto> CohortsWithoutPlan);
