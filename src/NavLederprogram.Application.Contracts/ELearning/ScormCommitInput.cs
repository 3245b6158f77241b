namespace NavLederprogram.ELearning;

/// <summary>What a SCO wrote in a session, by element name (e.g. "cmi.core.lesson_status").</summary>
public sealed record ScormCommitInput
{
    public int Session { get; init; }
    public Dictionary<string, string?> Cmi { get; init; } = [];
}
