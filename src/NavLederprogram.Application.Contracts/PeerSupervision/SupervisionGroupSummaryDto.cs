namespace NavLederprogram.PeerSupervision;

/// <summary>A group in a list: its name and kind, who leads it, the reader's place in it, and when it meets next.</summary>
public sealed record SupervisionGroupSummaryDto(Guid Id, string Name, SupervisionKind Kind, string SupervisorName, bool IsSupervisor,
    MemberStatus? MyStatus, bool HasAccess, int MemberCount, DateTime? EndedAt, DateTime? NextMeetingAt);
