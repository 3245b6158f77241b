namespace NavLederprogram.PeerSupervision;

public sealed record SupervisorOfficeDto(Guid Id, string Name);
