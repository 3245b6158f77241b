namespace NavLederprogram.ELearning;

/// <summary>A lesson as its editor sees it. <see cref="Body"/> is sanitized HTML whose images carry readable links.</summary>
public sealed record LessonDto(
    Guid Id,
    int Order,
    LessonKind Kind,
    string KindText,
    CourseTextDto Title,
    string? Body,
    CourseFileDto? MediaFile,
    CourseFileDto? CaptionsFile,
    string? Transcript,
    IReadOnlyList<CourseFileDto> Attachments,
    Guid? ScormPackageId,
    Guid? QuizId,
    bool IsReady);
