namespace NavLederprogram.ELearning;

/// <summary>The SCO's and the package's state after a commit; the player shows it at once.</summary>
public sealed record ScormCommitResultDto(string Status, string? SuccessStatus, decimal? ScorePercent, string TotalTime, bool PackageCompleted, bool? PackagePassed);
