namespace NavLederprogram.PeerSupervision;

/// <summary>An active peer supervisor who can lead another group: how many more they have room for.</summary>
public sealed record SupervisorOptionDto(Guid PersonId, string Name, Guid RegionId, int FreeCapacity);
