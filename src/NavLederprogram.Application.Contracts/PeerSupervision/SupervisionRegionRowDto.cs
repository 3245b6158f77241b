namespace NavLederprogram.PeerSupervision;

public sealed record SupervisionRegionRowDto(Guid Id, string Name, SupervisionCountsDto Counts);
