namespace NavLederprogram.Scheduling;

/// <summary>The pending milestones of one cohort, which are triggers of the milestone job in the cohort's own group.</summary>
public sealed record CohortMilestoneTriggersDto(Guid CohortId, string CohortName, int Pending, string? NextKindName, DateTime? NextFireTime);
