namespace NavLederprogram.ELearning;

/// <summary>A learner's run-time data for one SCO, as the server keeps it.</summary>
public sealed record ScormAttemptDto
{
    public required Guid Id { get; init; }
    public required string ScoIdentifier { get; init; }
    public required int SessionNumber { get; init; }
    public required string? Entry { get; init; }
    public required string? Exit { get; init; }
    public required string Status { get; init; }
    public required string? SuccessStatus { get; init; }
    public required decimal? ScoreRaw { get; init; }
    public required decimal? ScoreMin { get; init; }
    public required decimal? ScoreMax { get; init; }
    public required decimal? ScoreScaled { get; init; }
    public required decimal? ScorePercent { get; init; }
    public required string? Location { get; init; }
    public required string? SuspendData { get; init; }
    /// <summary>Sum of the sessions' time, in the edition's format (1.2 HHHH:MM:SS.SS, 2004 ISO 8601).</summary>
    public required string TotalTime { get; init; }
    public required double TotalSeconds { get; init; }
    public required DateTime? LastCommitAt { get; init; }
    public required bool Completed { get; init; }
    public required bool? Passed { get; init; }
}
