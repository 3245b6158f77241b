namespace NavLederprogram.Development;

/// <summary>A leader in a cohort the caller facilitates, with their plan when they have one.</summary>
public sealed record CoachedLeaderDto(Guid CohortId, string CohortName, Guid PersonId, string LeaderName, string OfficeName, Guid? PlanId,
    bool IsMyCoachee, int Goals, int AgreedGoals, DateTime? NextSessionAt);
