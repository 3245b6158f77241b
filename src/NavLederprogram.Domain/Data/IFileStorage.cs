namespace NavLederprogram.Data;

/// <summary>
/// Where the application keeps files that are too large for the database: course files and SCORM packages. Paths are
/// relative and "/"-separated, such as "courses/{id}/video.mp4"; a rooted path or one with "..", "\" or an empty
/// segment is refused with <see cref="ArgumentException"/>, so that no path can leave the store. The file-system
/// implementation keeps them under the data folder; nodes of a cluster share that folder.
/// </summary>
public interface IFileStorage
{
    /// <summary>Writes the file whole, replacing any file at the path; a reader never sees it half-written.</summary>
    Task WriteAsync(string path, Stream content, CancellationToken ct = default);
    /// <summary>The file for reading (seekable), or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken ct = default);
    Task<bool> ExistsAsync(string path, CancellationToken ct = default);
    /// <summary>The file's length in bytes, or null when there is none.</summary>
    Task<long?> GetLengthAsync(string path, CancellationToken ct = default);
    /// <summary>Deletes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string path, CancellationToken ct = default);
    /// <summary>Deletes a folder and everything in it; nothing happens when there is none.</summary>
    Task DeleteFolderAsync(string folder, CancellationToken ct = default);
}
