using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>One step of a course version, shown in <see cref="Order"/>. Its id is kept when a version is copied to a new draft.</summary>
public class Lesson
{
    public Guid Id { get; private set; }
    public int Order { get; internal set; }
    public LessonKind Kind { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    /// <summary>Sanitized HTML: the lesson itself for a text lesson, an introduction for the other kinds.</summary>
    public string? Body { get; private set; }
    /// <summary>The video of a video lesson.</summary>
    public Guid? MediaFileId { get; private set; }
    /// <summary>The video's captions (WebVTT).</summary>
    public Guid? CaptionsFileId { get; private set; }
    /// <summary>The video's words as text, for those who cannot see or hear it (WCAG 1.2).</summary>
    public string? Transcript { get; private set; }
    public List<Guid> AttachmentFileIds { get; private set; } = [];
    public Guid? ScormPackageId { get; private set; }
    public Guid? QuizId { get; private set; }

    private Lesson() { }

    internal Lesson(Guid id, int order, LessonContent content)
    {
        Id = id;
        Order = order;
        Change(content);
    }

    internal void Change(LessonContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Title.Nb))
            throw new BusinessException(NavLederprogramErrorCodes.LessonTitleRequired) { Field = "title" };
        Kind = content.Kind;
        Title = content.Title;
        Body = string.IsNullOrWhiteSpace(content.Body) ? null : content.Body;
        // Only what the kind shows is kept, so that a lesson changed from video to text leaves no hidden file behind.
        MediaFileId = Kind == LessonKind.Video ? content.MediaFileId : null;
        CaptionsFileId = Kind == LessonKind.Video ? content.CaptionsFileId : null;
        Transcript = Kind == LessonKind.Video && !string.IsNullOrWhiteSpace(content.Transcript) ? content.Transcript.Trim() : null;
        AttachmentFileIds = [.. (content.AttachmentFileIds ?? []).Distinct()];
        ScormPackageId = Kind == LessonKind.ScormPackage ? content.ScormPackageId : null;
        QuizId = Kind == LessonKind.Quiz ? content.QuizId : null;
    }

    /// <summary>Whether the lesson has what its kind needs to be shown to a learner.</summary>
    public bool IsReady => Kind switch
    {
        LessonKind.Text => Body is not null,
        LessonKind.Video => MediaFileId is not null,
        LessonKind.File => AttachmentFileIds.Count > 0,
        LessonKind.ScormPackage => ScormPackageId is not null,
        LessonKind.Quiz => QuizId is not null,
        _ => false,
    };

    /// <summary>A quiz or a SCORM package completes its lesson itself, by its result; the learner completes the others.</summary>
    public bool CompletesByResult => Kind is LessonKind.Quiz or LessonKind.ScormPackage;

    /// <summary>Every file the lesson shows: the video, its captions and the attachments.</summary>
    public IEnumerable<Guid> FileIds =>
        new[] { MediaFileId, CaptionsFileId }.OfType<Guid>().Concat(AttachmentFileIds);

    internal Lesson Copy() => new(Id, Order, Content);

    public LessonContent Content => new(Kind, Title, Body, MediaFileId, CaptionsFileId, Transcript, [.. AttachmentFileIds], ScormPackageId, QuizId);
}
