namespace NavLederprogram.ELearning;

/// <summary>
/// A course in its editor: the version being worked on (the draft, or the published version when there is no draft),
/// and the history of all versions, newest first.
/// </summary>
public sealed record CourseEditorDto(
    Guid Id,
    string Code,
    Guid? PublishedVersionId,
    Guid? DraftVersionId,
    CourseVersionDto Version,
    IReadOnlyList<CourseVersionSummaryDto> Versions,
    string ConcurrencyStamp);
