namespace NavLederprogram.PeerSupervision;

/// <summary>Whether one member attended a held meeting.</summary>
public class MeetingAttendance
{
    public Guid PersonId { get; private set; }
    public bool Attended { get; private set; }

    private MeetingAttendance() { }

    internal MeetingAttendance(Guid personId, bool attended)
    {
        PersonId = personId;
        Attended = attended;
    }
}
