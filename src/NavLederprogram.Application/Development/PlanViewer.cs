using NavLederprogram.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>
/// Who the caller is to one plan. The leader and the coach (a facilitator of the cohort the plan names as coach) share
/// everything but the leader's private notes; another facilitator of the cohort sees the goals, results, progress notes and
/// feedback; an admin sees goals and results only, never a note.
/// </summary>
public sealed record PlanViewer(Guid UserId, PersonCard? Me, CoachingCohort Cohort, bool IsLeader, bool IsCoach, bool IsFacilitator, bool IsAdmin)
{
    /// <summary>The leader and the coach: the two who share the sessions and their notes.</summary>
    public bool SharesCoaching => IsLeader || IsCoach;

    public bool ReadsNotes => IsLeader || IsCoach || IsFacilitator;
}
