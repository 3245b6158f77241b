namespace NavLederprogram.Development;

/// <summary>A plan in a list: whose, in which cohort, how far its goals are agreed, and the next coaching session.</summary>
public sealed record DevelopmentPlanSummaryDto(Guid Id, Guid CohortId, string CohortName, Guid PersonId, string LeaderName, string OfficeName,
    Guid? CoachUserId, string? CoachName, int Goals, int AgreedGoals, DateTime? NextSessionAt);
