namespace NavLederprogram.PeerSupervision;

/// <summary>
/// One group's meetings in the period: held and cancelled, and of the held meetings the member-meetings attended out of
/// those expected (every member registered at the meeting). Never what was said or written.
/// </summary>
[ModuleContract]
public sealed record SupervisionGroupCount(
    Guid GroupId,
    string Name,
    SupervisionKind Kind,
    Guid SupervisorPersonId,
    Guid RegionId,
    int MeetingsHeld,
    int MeetingsCancelled,
    int Attended,
    int Expected);
