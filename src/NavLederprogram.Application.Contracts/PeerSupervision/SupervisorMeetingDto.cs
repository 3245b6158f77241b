namespace NavLederprogram.PeerSupervision;

public sealed record SupervisorMeetingDto(
    Guid Id, Guid GroupId, string GroupName, DateTime StartsAt, DateTime EndsAt, MeetingStatus Status, string? Place, string? VideoLink);
