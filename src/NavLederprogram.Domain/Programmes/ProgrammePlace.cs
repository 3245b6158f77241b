namespace NavLederprogram.Programmes;

/// <summary>A place a person has or had in a cohort of the programme, as the eligibility rules read it.</summary>
public sealed record ProgrammePlace(EnrolmentStatus Status, Guid CohortId, string CohortName, CohortStatus CohortStatus, DateTime RequestedAt);
