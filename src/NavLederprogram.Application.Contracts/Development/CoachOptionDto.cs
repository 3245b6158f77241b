namespace NavLederprogram.Development;

/// <summary>A facilitator of the plan's cohort, who may be the leader's coach.</summary>
public sealed record CoachOptionDto(Guid UserId, string Name);
