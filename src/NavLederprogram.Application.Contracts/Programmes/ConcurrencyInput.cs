using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class ConcurrencyInput
{
    public string? ConcurrencyStamp { get; set; }
}
