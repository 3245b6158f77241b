namespace NavLederprogram.ELearning;

/// <summary>
/// An entry of the package's table of contents. <see cref="Href"/> is null for a heading that groups others; otherwise it is
/// the launch file inside the package. <see cref="MasteryScore"/> (1.2, 0–100) and <see cref="ScaledPassingScore"/>
/// (2004, −1–1) are what the manifest sets for passing when the SCO reports a score but no success.
/// </summary>
public sealed record ScormItem(
    string Identifier,
    string Title,
    int Level,
    string? Href,
    string? Parameters,
    string? LaunchData,
    decimal? MasteryScore,
    decimal? ScaledPassingScore,
    bool IsSco)
{
    public bool IsLaunchable => Href is not null;
}
