using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class MunicipalityQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
}
