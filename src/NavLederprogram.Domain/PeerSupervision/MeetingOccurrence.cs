namespace NavLederprogram.PeerSupervision;

/// <summary>One occurrence of a schedule, in UTC.</summary>
public sealed record MeetingOccurrence(DateTime StartsAt, DateTime EndsAt);
