using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class PersonQuery : PagedQuery
{
    public Guid? OfficeId { get; set; }
}
