namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The reader's own supervision: open invitations, the groups and one-to-ones they take part in, those they lead, and the next
/// meetings of the groups they have access to.
/// </summary>
public sealed record MySupervisionDto(
    IReadOnlyList<SupervisionGroupSummaryDto> Invitations,
    IReadOnlyList<SupervisionGroupSummaryDto> Groups,
    IReadOnlyList<SupervisionGroupSummaryDto> Leading,
    IReadOnlyList<SupervisionMeetingDto> NextMeetings,
    bool CanCreate);
