using NavLederprogram.Data;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// <see cref="IFileStorage"/> on a folder (by default {App:DataFolder}/files). A file is written to a temporary name
/// beside it and moved into place, so that a reader on this or another node sees the old file or the new one, never a
/// part. Every path is checked before it is joined to the root, and the joined path checked again to be inside it.
/// </summary>
public sealed class FileSystemFileStorage : IFileStorage
{
    private readonly string _root;

    public FileSystemFileStorage(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken ct = default)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(file, ct);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken ct = default)
    {
        var full = FullPath(path);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string path, CancellationToken ct = default) => Task.FromResult(File.Exists(FullPath(path)));

    public Task<long?> GetLengthAsync(string path, CancellationToken ct = default)
    {
        var file = new FileInfo(FullPath(path));
        return Task.FromResult<long?>(file.Exists ? file.Length : null);
    }

    public Task DeleteAsync(string path, CancellationToken ct = default)
    {
        var full = FullPath(path);
        if (File.Exists(full)) File.Delete(full);
        return Task.CompletedTask;
    }

    public Task DeleteFolderAsync(string folder, CancellationToken ct = default)
    {
        var full = FullPath(folder);
        if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The path under the root, or <see cref="ArgumentException"/> for any path that could reach outside it.</summary>
    public string FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Contains('\0'))
            throw new ArgumentException($"Not a relative storage path: '{path}'.", nameof(path));
        var segments = path.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.Trim() != s))
            throw new ArgumentException($"Not a relative storage path: '{path}'.", nameof(path));
        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Not a relative storage path: '{path}'.", nameof(path));
        return full;
    }
}
