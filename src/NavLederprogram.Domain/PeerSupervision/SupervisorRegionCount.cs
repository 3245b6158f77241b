namespace NavLederprogram.PeerSupervision;

/// <summary>Peer supervisors appointed in a region at some time in the period.</summary>
[ModuleContract]
public sealed record SupervisorRegionCount(Guid RegionId, int Supervisors);
