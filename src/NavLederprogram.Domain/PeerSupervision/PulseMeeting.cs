namespace NavLederprogram.PeerSupervision;

/// <summary>A supervision meeting that has ended, as the pulse after it needs it. The supervisors are not among the participants.</summary>
[ModuleContract]
public sealed record PulseMeeting(
    Guid MeetingId,
    Guid GroupId,
    Guid RegionId,
    string GroupName,
    DateTime EndsAt,
    IReadOnlyList<Guid> ParticipantPersonIds);
