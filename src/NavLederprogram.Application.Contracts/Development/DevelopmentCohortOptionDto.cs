namespace NavLederprogram.Development;

/// <summary>A cohort a leader takes part in and may make a plan for.</summary>
public sealed record DevelopmentCohortOptionDto(Guid Id, string Name);
