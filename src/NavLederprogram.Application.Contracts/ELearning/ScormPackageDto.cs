namespace NavLederprogram.ELearning;

/// <summary>A package of a course with its table of contents; for a learner each entry carries their status.</summary>
public sealed record ScormPackageDto
{
    public Guid Id { get; init; }
    public Guid CourseId { get; init; }
    public ScormVersion Version { get; init; }
    public string Title { get; init; } = "";
    public string FileName { get; init; } = "";
    public int FileCount { get; init; }
    public long SizeBytes { get; init; }
    public DateTime UploadedAt { get; init; }
    public IReadOnlyList<ScormScoDto> Scos { get; init; } = [];
    /// <summary>The learner's result over the whole package.</summary>
    public bool Completed { get; init; }
    public bool? Passed { get; init; }
    public decimal? ScorePercent { get; init; }
}
