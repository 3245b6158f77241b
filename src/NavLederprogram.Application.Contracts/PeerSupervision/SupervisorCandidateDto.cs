namespace NavLederprogram.PeerSupervision;

/// <summary>A person who could be appointed, and whether they hold the supervision competence today.</summary>
public sealed record SupervisorCandidateDto(Guid PersonId, string Name, string? OfficeName, bool HoldsCompetence, bool IsSupervisor);
