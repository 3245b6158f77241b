namespace NavLederprogram.PeerSupervision;

/// <summary>
/// A case for a coming or current meeting. A text that may name a person is refused with a warning
/// (<c>Error:PeerSupervision.CaseMayNameAPerson</c>) until it is sent again with <see cref="AcknowledgeNameWarning"/>.
/// </summary>
public sealed class BringCaseInput
{
    public Guid? MeetingId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public bool AcknowledgeNameWarning { get; set; }
}
