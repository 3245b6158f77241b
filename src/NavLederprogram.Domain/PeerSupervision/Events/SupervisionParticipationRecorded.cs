using NavLederprogram.Competence;

namespace NavLederprogram.PeerSupervision.Events;

/// <summary>A leader took part in a peer-supervision group for a period.</summary>
public sealed record SupervisionParticipationRecorded(Guid PersonId, Guid GroupId, string GroupName, DateOnly CompletedOn, IReadOnlyList<CompetenceGrant> Grants)
    : NavLederprogram.Events.IDomainEvent;
