namespace NavLederprogram.Programmes;

/// <summary>
/// Who coaches whom: the cohorts a leader takes part in and those a facilitator facilitates, each with its facilitators and
/// participants (enrolled or completed). Two statements whatever the number of cohorts.
/// </summary>
[ModuleContract]
public interface ICohortCoachingQueries
{
    Task<CoachingCohort?> FindAsync(Guid cohortId, CancellationToken ct);

    Task<IReadOnlyList<CoachingCohort>> GetForParticipantAsync(Guid personId, CancellationToken ct);

    Task<IReadOnlyList<CoachingCohort>> GetFacilitatedByAsync(Guid userId, CancellationToken ct);
}
