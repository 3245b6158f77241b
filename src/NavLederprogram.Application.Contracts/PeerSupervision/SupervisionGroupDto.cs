namespace NavLederprogram.PeerSupervision;

/// <summary>
/// A group as the reader may see it. Without <see cref="HasAccess"/> (an invitee, or a member who has not accepted the current
/// agreement) only the agreement is shown: <see cref="Members"/> is empty and <see cref="Schedule"/> null, unless the reader manages the group.
/// </summary>
public sealed record SupervisionGroupDto(
    Guid Id,
    string Name,
    SupervisionKind Kind,
    Guid SupervisorPersonId,
    string SupervisorName,
    Guid? CoSupervisorPersonId,
    string? CoSupervisorName,
    Guid RegionId,
    DateTime? EndedAt,
    bool IsSupervisor,
    bool CanManage,
    bool HasAccess,
    MemberStatus? MyStatus,
    int? MyAcceptedAgreementVersion,
    GroupAgreementDto Agreement,
    IReadOnlyList<GroupMemberDto> Members,
    MeetingScheduleDto? Schedule,
    string ConcurrencyStamp);
