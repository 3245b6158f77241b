using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// What a lesson is made of. <see cref="Body"/> is HTML that has already been sanitized; for kinds other than text it is
/// an introduction shown above the video, files, package or quiz.
/// </summary>
public sealed record LessonContent(
    LessonKind Kind,
    TranslatedText Title,
    string? Body = null,
    Guid? MediaFileId = null,
    Guid? CaptionsFileId = null,
    string? Transcript = null,
    IReadOnlyList<Guid>? AttachmentFileIds = null,
    Guid? ScormPackageId = null,
    Guid? QuizId = null);
