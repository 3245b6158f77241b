namespace NavLederprogram.Programmes;

/// <summary>
/// One event of a calendar subscription, times in UTC. <paramref name="Uid"/> is stable across changes so that calendar apps
/// update the event in place; <paramref name="LastModified"/> is the event's last change, never the time of the request, so
/// that an unchanged calendar is the same text each time.
/// </summary>
[ModuleContract]
public sealed record CalendarEntry(
    string Uid,
    string Summary,
    DateTime StartsAt,
    DateTime EndsAt,
    string? Location,
    string? Description,
    string? Url,
    bool Cancelled,
    DateTime LastModified);
