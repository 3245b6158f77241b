namespace NavLederprogram.ELearning;

/// <summary>
/// What the player needs to run a SCO: the attempt and session to commit to, the address of the SCO's launch file
/// (which carries its own short-lived access) and the run-time data the SCO starts with, by element name.
/// </summary>
public sealed record ScormLaunchDto
{
    public required Guid AttemptId { get; init; }
    public required int Session { get; init; }
    public required ScormVersion Version { get; init; }
    public required string PackageTitle { get; init; }
    public required string ScoIdentifier { get; init; }
    public required string ContentUrl { get; init; }
    /// <summary>Whether results count for the course; false when an editor previews a package no published course uses.</summary>
    public required bool CountsForCourse { get; init; }
    public required IReadOnlyDictionary<string, string> Cmi { get; init; }
}
