namespace NavLederprogram.ELearning;

/// <summary>A course in the editors' list: its latest version's title and where it stands.</summary>
public sealed record CourseListItemDto(
    Guid Id,
    string Code,
    string Title,
    CourseCategory Category,
    string CategoryText,
    int? PublishedVersionNumber,
    bool HasDraft,
    CourseVersionStatus Status,
    string StatusText,
    int LessonCount,
    DateTime ModifiedAt);
