using NavLederprogram.Paging;

namespace NavLederprogram.PeerSupervision;

public sealed class PeerSupervisorQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
    /// <summary>Only current appointments (true), only ended ones (false), or both (empty).</summary>
    public bool? IsActive { get; set; }
}
