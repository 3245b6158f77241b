using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record MunicipalityDto(Guid Id, string Name, string Number, Guid RegionId, string RegionName, string ConcurrencyStamp) : IHasId;
