namespace NavLederprogram.Programmes;

/// <summary>
/// Who may take a place in a cohort of the leadership programme. The programme is for leaders: only a person holding
/// a leader job role (NAV leader, department leader, team leader) takes part. A leader takes part in one cohort at a
/// time: a place awaiting approval, enrolled or waitlisted in a cohort that has not ended (completed or cancelled)
/// keeps them out of every other cohort. Someone who has completed the programme has their certificate and does not
/// take it again; the programme has one curriculum, and a new version is not a new programme.
/// </summary>
public static class EnrolmentEligibility
{
    public static ProgrammeStandingInfo Standing(IEnumerable<ProgrammePlace> places)
    {
        var list = places.ToList();
        var completed = list.Where(p => p.Status == EnrolmentStatus.Completed).OrderByDescending(p => p.RequestedAt).FirstOrDefault();
        if (completed is not null) return new(ProgrammeStanding.Completed, completed.CohortId, completed.CohortName);
        var current = list
            .Where(p => p.Status is EnrolmentStatus.Pending or EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted
                && p.CohortStatus is not (CohortStatus.Completed or CohortStatus.Cancelled))
            // A seat counts before a waitlist place, which counts before a request awaiting approval.
            .OrderBy(p => p.Status switch { EnrolmentStatus.Enrolled => 0, EnrolmentStatus.Waitlisted => 1, _ => 2 })
            .ThenBy(p => p.RequestedAt)
            .FirstOrDefault();
        if (current is null) return ProgrammeStandingInfo.NotEnrolled;
        var standing = current.Status switch
        {
            EnrolmentStatus.Enrolled => ProgrammeStanding.Enrolled,
            EnrolmentStatus.Waitlisted => ProgrammeStanding.Waitlisted,
            _ => ProgrammeStanding.Pending,
        };
        return new(standing, current.CohortId, current.CohortName);
    }

    /// <summary>Why the person may not take a place in the cohort, or null when they may.</summary>
    public static BusinessException? Refusal(bool isLeader, ProgrammeStandingInfo standing, Guid cohortId)
    {
        if (!isLeader) return new BusinessException(NavLederprogramErrorCodes.NotALeader) { IsConflict = true, Field = "personId" };
        return standing.Standing switch
        {
            ProgrammeStanding.NotEnrolled => null,
            ProgrammeStanding.Completed => new BusinessException(NavLederprogramErrorCodes.ProgrammeCompleted, standing.CohortName) { IsConflict = true, Field = "personId" },
            _ when standing.CohortId == cohortId => new BusinessException(NavLederprogramErrorCodes.AlreadyEnrolled) { IsConflict = true, Field = "personId" },
            _ => new BusinessException(NavLederprogramErrorCodes.AlreadyInProgramme, standing.CohortName) { IsConflict = true, Field = "personId" },
        };
    }
}
