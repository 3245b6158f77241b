using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class MoveModuleInput
{
    public int? Position { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
