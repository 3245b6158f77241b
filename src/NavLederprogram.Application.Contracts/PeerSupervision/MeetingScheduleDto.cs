namespace NavLederprogram.PeerSupervision;

/// <summary>The schedule; <see cref="FirstStartsAt"/> is Oslo wall-clock time.</summary>
public sealed record MeetingScheduleDto(string RecurrenceRule, DateTime FirstStartsAt, int DurationMinutes, string? Place, string? VideoLink);
