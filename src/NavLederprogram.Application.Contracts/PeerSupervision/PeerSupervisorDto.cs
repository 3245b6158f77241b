namespace NavLederprogram.PeerSupervision;

/// <summary>
/// An appointment in the register of peer supervisors. <paramref name="ActiveGroups"/> counts the groups and one-to-ones the
/// supervisor leads now, against <paramref name="Capacity"/>.
/// </summary>
public sealed record PeerSupervisorDto(
    Guid Id,
    Guid PersonId,
    string PersonName,
    string? PersonOfficeName,
    Guid RegionId,
    string RegionName,
    int Capacity,
    int ActiveGroups,
    IReadOnlyList<SupervisorOfficeDto> Offices,
    DateOnly AppointedOn,
    DateOnly? EndedOn,
    bool IsActive);
