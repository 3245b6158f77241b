namespace NavLederprogram.PeerSupervision;

/// <summary>
/// A schedule: an RFC 5545 rule (e.g. <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10</c>), the first start as Oslo wall-clock time,
/// how long, and a place or an https video link.
/// </summary>
public sealed class MeetingScheduleInput
{
    public string? RecurrenceRule { get; set; }
    public DateTime? FirstStartsAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
}
