using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

[ModuleContract]
public sealed record OfficeCard(Guid Id, string Name, Guid RegionId, IReadOnlyList<Guid> MunicipalityIds);
