namespace NavLederprogram.PeerSupervision;

public sealed class AppointPeerSupervisorInput
{
    public Guid? PersonId { get; set; }
    public Guid? RegionId { get; set; }
    /// <summary>Groups and one-to-ones the supervisor leads at once.</summary>
    public int? Capacity { get; set; }
    /// <summary>The offices of the region the supervisor serves.</summary>
    public List<Guid>? OfficeIds { get; set; }
}
