namespace NavLederprogram.ELearning;

/// <summary>Size limits of course uploads (configuration section <c>ELearning:Files</c>), in megabytes.</summary>
public sealed class CourseFileOptions
{
    public const string Section = "ELearning:Files";

    public int MaxImageMegabytes { get; set; } = 10;
    public int MaxVideoMegabytes { get; set; } = 500;
    public int MaxCaptionsMegabytes { get; set; } = 2;
    public int MaxAttachmentMegabytes { get; set; } = 50;
    /// <summary>How long a file link handed out with a course stays readable.</summary>
    public int LinkLifetimeHours { get; set; } = 8;

    public long MaxBytes(CourseFilePurpose purpose) => purpose switch
    {
        CourseFilePurpose.Image => MaxImageMegabytes,
        CourseFilePurpose.Video => MaxVideoMegabytes,
        CourseFilePurpose.Captions => MaxCaptionsMegabytes,
        _ => MaxAttachmentMegabytes,
    } * 1024L * 1024L;

    /// <summary>The largest upload of any purpose: the upload endpoint's limit.</summary>
    public long LargestBytes => Enum.GetValues<CourseFilePurpose>().Max(MaxBytes);
}
