namespace NavLederprogram.PeerSupervision;

public sealed class SaveSupervisionSettingsInput
{
    /// <summary>The competence a supervisor must hold; empty when appointments require none.</summary>
    public Guid? SupervisorAreaId { get; set; }
    public int? SupervisorMinimumLevel { get; set; }
    public List<ParticipationGrantInput>? ParticipationGrants { get; set; }
    /// <summary>Meetings a member attends within the period before participation counts as evidence (for new agreements).</summary>
    public int? MeetingsForEvidence { get; set; }
    public int? EvidencePeriodMonths { get; set; }
}
