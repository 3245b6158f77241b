using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record OfficeDto(
    Guid Id, string Name, Guid RegionId, string RegionName, LeadershipModel LeadershipModel, int Size,
    IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<NamedReference> Municipalities, string ConcurrencyStamp) : IHasId;
