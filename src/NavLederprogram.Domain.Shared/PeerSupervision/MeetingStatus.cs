namespace NavLederprogram.PeerSupervision;

public enum MeetingStatus
{
    Planned,
    /// <summary>One occurrence moved away from where the schedule put it.</summary>
    Moved,
    Cancelled,
    /// <summary>Attendance is registered.</summary>
    Held,
}
