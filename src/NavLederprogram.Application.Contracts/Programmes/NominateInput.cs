using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class NominateInput
{
    public Guid? PersonId { get; set; }
}
