namespace NavLederprogram.PeerSupervision;

/// <summary>A new private note, after one of the group's meetings or about the group in general.</summary>
public sealed class WriteSupervisionReflectionInput
{
    public Guid? MeetingId { get; set; }
    public string? Text { get; set; }
}
