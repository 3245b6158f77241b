namespace NavLederprogram.PeerSupervision;

/// <summary>The members who attended; every other active member is recorded as absent.</summary>
public sealed class RegisterAttendanceInput
{
    public List<Guid>? AttendedPersonIds { get; set; }
}
