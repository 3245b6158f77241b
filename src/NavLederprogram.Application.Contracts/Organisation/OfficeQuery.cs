using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class OfficeQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
}
