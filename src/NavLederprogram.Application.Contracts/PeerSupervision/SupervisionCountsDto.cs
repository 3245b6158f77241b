namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Supervision counted: groups (and one-to-ones), peer supervisors appointed, active members, meetings held and cancelled,
/// and <see cref="AttendanceRate"/> (0–1): of the held meetings, the member-meetings attended out of those expected.
/// </summary>
public sealed record SupervisionCountsDto(
    int Groups,
    int Supervisors,
    int Members,
    int MeetingsHeld,
    int MeetingsCancelled,
    int Attended,
    int Expected,
    decimal AttendanceRate)
{
    public static decimal Rate(int attended, int expected) => expected == 0 ? 0 : Math.Round((decimal)attended / expected, 4);
}
