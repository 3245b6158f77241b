namespace NavLederprogram.ELearning;

/// <summary>What an uploaded course file is for; it decides which contents are accepted and how the file is served.</summary>
public enum CourseFilePurpose
{
    /// <summary>A picture in a lesson's text (PNG, JPEG, GIF or WebP).</summary>
    Image = 1,
    /// <summary>A lesson's video (MP4 or WebM).</summary>
    Video = 2,
    /// <summary>A video's captions (WebVTT).</summary>
    Captions = 3,
    /// <summary>A file to download (PDF, Word, Excel or PowerPoint).</summary>
    Attachment = 4,
}
