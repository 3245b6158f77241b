namespace NavLederprogram.Programmes;

/// <summary>
/// The caller's calendar subscription. <see cref="Url"/> is the secret address to give a calendar app; it is null
/// only when the stored copy can no longer be read (the server's keys were replaced), and renewing gives a new one.
/// </summary>
public sealed record CalendarFeedDto(string? Url, DateTime CreatedAt);
