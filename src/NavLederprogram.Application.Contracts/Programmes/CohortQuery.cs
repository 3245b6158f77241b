using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class CohortQuery : PagedQuery
{
    public CohortStatus? Status { get; set; }
    public Guid? RegionId { get; set; }
    /// <summary>Only the cohorts the caller facilitates.</summary>
    public bool? Facilitating { get; set; }
}
