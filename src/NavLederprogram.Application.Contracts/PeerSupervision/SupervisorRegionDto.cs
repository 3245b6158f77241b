namespace NavLederprogram.PeerSupervision;

public sealed record SupervisorRegionDto(Guid Id, string Name, IReadOnlyList<SupervisorOfficeDto> Offices);
