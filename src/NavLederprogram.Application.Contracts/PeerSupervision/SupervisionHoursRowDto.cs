namespace NavLederprogram.PeerSupervision;

public sealed record SupervisionHoursRowDto(
    Guid MeetingId, Guid GroupId, string GroupName, SupervisionKind Kind, bool AsCoSupervisor, DateTime StartsAt, int DurationMinutes,
    int MembersPresent);
