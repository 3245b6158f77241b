namespace NavLederprogram.Reporting;

/// <summary>
/// Enrolments of a row: <see cref="Enrolled"/> hold or held a seat (in progress and completed), <see cref="DroppedOut"/> withdrew
/// or were taken off; <see cref="AverageProgress"/> is the share of modules those enrolled have completed (0–1),
/// <see cref="CompletionRate"/> the share of those enrolled who completed.
/// </summary>
public sealed record ProgrammeCountsDto(
    int Enrolled,
    int Waitlisted,
    int InProgress,
    int Completed,
    int DroppedOut,
    decimal AverageProgress,
    decimal CompletionRate);
