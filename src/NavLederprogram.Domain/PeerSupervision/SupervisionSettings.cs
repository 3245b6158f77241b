using NavLederprogram.Competence;
using NavLederprogram.Entities;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The directorate's settings for peer supervision (one row): the competence a supervisor must hold and at which level,
/// what taking part in a group grants, and the defaults a new group agreement starts from.
/// </summary>
public class SupervisionSettings : AuditedAggregateRoot
{
    public Guid? SupervisorAreaId { get; private set; }
    public int SupervisorMinimumLevel { get; private set; }
    public List<CompetenceGrant> ParticipationGrants { get; private set; } = [];
    public int MeetingsForEvidence { get; private set; }
    public int EvidencePeriodMonths { get; private set; }

    private SupervisionSettings() { }

    public SupervisionSettings(Guid id, Guid? supervisorAreaId, int supervisorMinimumLevel, IReadOnlyList<CompetenceGrant> participationGrants,
        int meetingsForEvidence, int evidencePeriodMonths) : base(id) =>
        Change(supervisorAreaId, supervisorMinimumLevel, participationGrants, meetingsForEvidence, evidencePeriodMonths);

    public void Change(Guid? supervisorAreaId, int supervisorMinimumLevel, IReadOnlyList<CompetenceGrant> participationGrants,
        int meetingsForEvidence, int evidencePeriodMonths)
    {
        if (supervisorMinimumLevel is < 1 or > 10) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "supervisorMinimumLevel" };
        if (meetingsForEvidence is < 1 or > PeerSupervisionConsts.MaxMeetingsForEvidence)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "meetingsForEvidence" };
        if (evidencePeriodMonths is < 1 or > PeerSupervisionConsts.MaxEvidencePeriodMonths)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "evidencePeriodMonths" };
        if (participationGrants.Any(g => g.Level < 1 || g.ValidMonths is < 1))
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "participationGrants" };
        SupervisorAreaId = supervisorAreaId;
        SupervisorMinimumLevel = supervisorMinimumLevel;
        ParticipationGrants = [.. participationGrants.DistinctBy(g => g.CompetenceAreaId)];
        MeetingsForEvidence = meetingsForEvidence;
        EvidencePeriodMonths = evidencePeriodMonths;
    }
}
