namespace NavLederprogram.Programmes;

/// <summary>A cohort as development plans see it: its facilitators (the coaches a leader may have) and its participants.</summary>
[ModuleContract]
public sealed record CoachingCohort(Guid Id, string Name, CohortStatus Status, IReadOnlyList<Guid> FacilitatorUserIds, IReadOnlyList<Guid> ParticipantPersonIds)
{
    public bool IsFacilitator(Guid userId) => FacilitatorUserIds.Contains(userId);

    public bool IsParticipant(Guid personId) => ParticipantPersonIds.Contains(personId);
}
