namespace NavLederprogram.ELearning;

/// <summary>A lesson. <see cref="Body"/> is HTML; it is sanitized on the server, whatever the editor sent.</summary>
public sealed class SaveLessonInput
{
    public LessonKind? Kind { get; set; }
    public CourseTextInput? Title { get; set; }
    public string? Body { get; set; }
    public Guid? MediaFileId { get; set; }
    public Guid? CaptionsFileId { get; set; }
    public string? Transcript { get; set; }
    public List<Guid>? AttachmentFileIds { get; set; }
    public Guid? ScormPackageId { get; set; }
    public Guid? QuizId { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
