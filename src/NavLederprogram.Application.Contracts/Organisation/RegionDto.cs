using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record RegionDto(Guid Id, string Name, string Code, string ConcurrencyStamp) : IHasId;
