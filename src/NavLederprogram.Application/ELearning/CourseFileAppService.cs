using NavLederprogram.Data;

namespace NavLederprogram.ELearning;

public sealed class CourseFileAppService(ICourseFileRepository files, IFileStorage storage, CourseFileLinks links) : ICourseFileAppService
{
    public async Task<CourseFileDownload> OpenAsync(Guid fileId, string? access, CancellationToken ct)
    {
        // A wrong or expired link answers as a missing file does: it says nothing about which files exist.
        if (!links.Allows(fileId, access)) throw new EntityNotFoundException(typeof(CourseFile), fileId);
        var file = await files.FindAsync(fileId, ct) ?? throw new EntityNotFoundException(typeof(CourseFile), fileId);
        var content = await storage.OpenReadAsync(file.StoragePath, ct) ?? throw new EntityNotFoundException(typeof(CourseFile), fileId);
        return new CourseFileDownload(content, file.ContentType, file.FileName, file.IsInline, file.Length, file.CreationTime);
    }
}
