namespace NavLederprogram.ELearning;

/// <summary>Serves course files by the links the API hands out to those who may see the course.</summary>
public interface ICourseFileAppService
{
    /// <summary>The file, when <paramref name="access"/> is a valid, unexpired link to it; otherwise not found.</summary>
    Task<CourseFileDownload> OpenAsync(Guid fileId, string? access, CancellationToken ct);
}
