namespace NavLederprogram.PeerSupervision;

public sealed record SupervisedGroupDto(Guid Id, string Name, SupervisionKind Kind, bool IsCoSupervisor, int Members, DateTime? NextMeetingAt);
