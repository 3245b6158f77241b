using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class SaveRegionInput
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
