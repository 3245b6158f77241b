namespace NavLederprogram.PeerSupervision;

/// <summary>One group's numbers, with the offices its active members come from and who supervises it.</summary>
public sealed record SupervisionGroupRowDto(
    Guid Id,
    string Name,
    SupervisionKind Kind,
    IReadOnlyList<string> Offices,
    string SupervisorName,
    int Members,
    int MeetingsHeld,
    int MeetingsCancelled,
    decimal AttendanceRate);
