namespace NavLederprogram.ELearning;

/// <summary>
/// What the player needs to run a SCO: the attempt and session to commit to, the address of the SCO's launch file
/// (which carries its own short-lived access) and the run-time data the SCO starts with, by element name.
/// </summary>
public sealed record ScormLaunchDto
{
    public Guid AttemptId { get; init; }
    public int Session { get; init; }
    public ScormVersion Version { get; init; }
    public string PackageTitle { get; init; } = "";
    public string ScoIdentifier { get; init; } = "";
    public string ContentUrl { get; init; } = "";
    /// <summary>Whether results count for the course; false when an editor previews a package no published course uses.</summary>
    public bool CountsForCourse { get; init; }
    public IReadOnlyDictionary<string, string> Cmi { get; init; } = new Dictionary<string, string>();
}
