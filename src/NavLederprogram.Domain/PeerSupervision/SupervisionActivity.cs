namespace NavLederprogram.PeerSupervision;

/// <summary>Everything a supervision report shows, counted in the database: per group, per group and office, per region.</summary>
[ModuleContract]
public sealed record SupervisionActivity(
    IReadOnlyList<SupervisionGroupCount> Groups,
    IReadOnlyList<SupervisionMembershipCount> Memberships,
    IReadOnlyList<SupervisorRegionCount> Supervisors);
