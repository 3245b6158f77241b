namespace NavLederprogram.PeerSupervision;

public sealed class CreateSupervisionGroupInput
{
    public string? Name { get; set; }
    public SupervisionKind? Kind { get; set; }
    /// <summary>The supervisor; a peer supervisor creating a group leaves it empty (themselves).</summary>
    public Guid? SupervisorPersonId { get; set; }
    public Guid? CoSupervisorPersonId { get; set; }
    public List<Guid>? InviteePersonIds { get; set; }
    public AgreementInput? Agreement { get; set; }
    public MeetingScheduleInput? Schedule { get; set; }
}
