namespace NavLederprogram.Programmes;

/// <summary>Where a person stands in the programme, and in which cohort (none when not enrolled).</summary>
public sealed record ProgrammeStandingInfo(ProgrammeStanding Standing, Guid? CohortId, string? CohortName)
{
    public static readonly ProgrammeStandingInfo NotEnrolled = new(ProgrammeStanding.NotEnrolled, null, null);
}
