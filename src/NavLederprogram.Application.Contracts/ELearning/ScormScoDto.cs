namespace NavLederprogram.ELearning;

/// <summary>An entry of a package's table of contents; <see cref="Launchable"/> is false for a heading.</summary>
public sealed record ScormScoDto(string Identifier, string Title, int Level, bool Launchable, string? Status, decimal? ScorePercent);
