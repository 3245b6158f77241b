namespace NavLederprogram.PeerSupervision;

/// <summary>The held meetings a supervisor led in a period, for their certification: times and counts, never content.</summary>
public sealed record SupervisionHoursDto(DateOnly From, DateOnly To, int Meetings, int TotalMinutes, IReadOnlyList<SupervisionHoursRowDto> Rows);
