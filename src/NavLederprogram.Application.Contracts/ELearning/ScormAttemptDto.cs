namespace NavLederprogram.ELearning;

/// <summary>A learner's run-time data for one SCO, as the server keeps it.</summary>
public sealed record ScormAttemptDto
{
    public Guid Id { get; init; }
    public string ScoIdentifier { get; init; } = "";
    public int SessionNumber { get; init; }
    public string? Entry { get; init; }
    public string? Exit { get; init; }
    public string Status { get; init; } = "";
    public string? SuccessStatus { get; init; }
    public decimal? ScoreRaw { get; init; }
    public decimal? ScoreMin { get; init; }
    public decimal? ScoreMax { get; init; }
    public decimal? ScoreScaled { get; init; }
    public decimal? ScorePercent { get; init; }
    public string? Location { get; init; }
    public string? SuspendData { get; init; }
    /// <summary>Sum of the sessions' time, in the edition's format (1.2 HHHH:MM:SS.SS, 2004 ISO 8601).</summary>
    public string TotalTime { get; init; } = "";
    public double TotalSeconds { get; init; }
    public DateTime? LastCommitAt { get; init; }
    public bool Completed { get; init; }
    public bool? Passed { get; init; }
}
