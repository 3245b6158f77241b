using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class SaveMunicipalityInput
{
    public string? Name { get; set; }
    public string? Number { get; set; }
    public Guid? RegionId { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
