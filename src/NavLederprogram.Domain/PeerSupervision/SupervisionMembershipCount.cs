namespace NavLederprogram.PeerSupervision;

/// <summary>A group's active members who work at one office (the office given with the membership).</summary>
[ModuleContract]
public sealed record SupervisionMembershipCount(Guid GroupId, Guid OfficeId, int Members);
