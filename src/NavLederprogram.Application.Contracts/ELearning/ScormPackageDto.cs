namespace NavLederprogram.ELearning;

/// <summary>A package of a course with its table of contents; for a learner each entry carries their status.</summary>
public sealed record ScormPackageDto
{
    public required Guid Id { get; init; }
    public required Guid CourseId { get; init; }
    public required ScormVersion Version { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required int FileCount { get; init; }
    public required long SizeBytes { get; init; }
    public required DateTime UploadedAt { get; init; }
    public required IReadOnlyList<ScormScoDto> Scos { get; init; }
    /// <summary>The learner's result over the whole package.</summary>
    public required bool Completed { get; init; }
    public required bool? Passed { get; init; }
    public required decimal? ScorePercent { get; init; }
}
