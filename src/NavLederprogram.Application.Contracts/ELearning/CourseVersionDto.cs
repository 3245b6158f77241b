namespace NavLederprogram.ELearning;

/// <summary>One version of a course with everything its editor writes. Only a draft (<see cref="CanEdit"/>) can be changed.</summary>
public sealed record CourseVersionDto(
    Guid Id,
    Guid CourseId,
    string Code,
    int Number,
    CourseVersionStatus Status,
    string StatusText,
    DateTime? PublishedAt,
    CourseTextDto Title,
    CourseTextDto Summary,
    CourseTextDto Description,
    CourseCategory Category,
    string ContentLanguage,
    int EstimatedMinutes,
    IReadOnlyList<Guid> TargetJobRoleIds,
    IReadOnlyList<CourseGrantDto> Grants,
    IReadOnlyList<CourseCompletionRule> CompletionRules,
    IReadOnlyList<LessonDto> Lessons,
    bool CanEdit,
    string ConcurrencyStamp);
