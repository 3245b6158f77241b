using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class SaveOfficeInput
{
    public string? Name { get; set; }
    public Guid? RegionId { get; set; }
    public LeadershipModel? LeadershipModel { get; set; }
    public int? Size { get; set; }
    public List<Guid>? MunicipalityIds { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
