namespace NavLederprogram.PeerSupervision;

public sealed class ChangePeerSupervisorInput
{
    public int? Capacity { get; set; }
    public List<Guid>? OfficeIds { get; set; }
}
