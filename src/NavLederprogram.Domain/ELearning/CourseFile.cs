using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// A file uploaded for a course: its bytes are in the file store at <see cref="StoragePath"/>, what is known about it
/// here. The content type is the one its content was recognised as, never the one the uploader claimed.
/// </summary>
public class CourseFile : AuditedAggregateRoot
{
    public Guid CourseId { get; private set; }
    public CourseFilePurpose Purpose { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }

    private CourseFile() { }

    public CourseFile(Guid id, Guid courseId, CourseFilePurpose purpose, string fileName, string contentType, long length) : base(id)
    {
        CourseId = courseId;
        Purpose = purpose;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    /// <summary>Where the bytes are kept: one folder per course.</summary>
    public string StoragePath => $"courses/{CourseId:N}/{Id:N}";

    /// <summary>Images, video and captions are shown in the page; anything else is downloaded, never opened by the API's origin.</summary>
    public bool IsInline => Purpose is CourseFilePurpose.Image or CourseFilePurpose.Video or CourseFilePurpose.Captions;
}
