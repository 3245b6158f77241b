namespace NavLederprogram.Programmes;

/// <summary>A cohort as a list shows it: its own columns, without its schedule (sessions, unlocks, deadlines).</summary>
public sealed record CohortSummary(Guid Id, string Name, Guid ProgrammeVersionId, Guid? RegionId, CohortStatus Status, int Capacity,
    DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool AcceptsEnrolment(DateOnly today) => Cohort.AcceptsEnrolment(Status, EnrolmentOpensOn, EnrolmentClosesOn, today);
}
