namespace NavLederprogram.PeerSupervision;

/// <summary>A member as the group's people see them: name, office, where they stand, and whether they accepted the current agreement.</summary>
public sealed record GroupMemberDto(Guid PersonId, string Name, string? OfficeName, MemberStatus Status, bool AcceptedCurrentAgreement);
