namespace NavLederprogram.PeerSupervision;

/// <summary>
/// One meeting. <see cref="AttendedPersonIds"/> is filled for the group's supervisors only, and <see cref="IAttended"/> says
/// whether the reader was there.
/// </summary>
public sealed record SupervisionMeetingDto(Guid Id, Guid GroupId, string GroupName, DateTime OriginalStartsAt, DateTime StartsAt, DateTime EndsAt,
    MeetingStatus Status, string? Place, string? VideoLink, DateTime? HeldAt, IReadOnlyList<Guid> AttendedPersonIds, bool IAttended);
