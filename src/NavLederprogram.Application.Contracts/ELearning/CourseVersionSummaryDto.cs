namespace NavLederprogram.ELearning;

/// <summary>A line of a course's version history.</summary>
public sealed record CourseVersionSummaryDto(
    Guid Id, int Number, CourseVersionStatus Status, string StatusText, string Title, int LessonCount, DateTime? PublishedAt, DateTime ModifiedAt);
