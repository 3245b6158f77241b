using System.IO.Compression;

namespace NavLederprogram.ELearning;

/// <summary>
/// An uploaded zip checked before anything of it is written: every entry a plain file under the package folder
/// (no "..", no root, no drive, no symlink), the file count, the unpacked size and every entry's compression ratio
/// within <see cref="ScormLimits"/>, and imsmanifest.xml at the root naming only files inside the package. The sizes
/// a zip declares can lie, so <see cref="CopyEntriesAsync"/> counts the bytes it really unpacks against the same limits.
/// </summary>
public sealed class ScormArchive : IDisposable
{
    private const string ManifestName = "imsmanifest.xml";
    // Ratios are only meaningful for entries of some size: a tiny text file may legitimately compress 500:1.
    private const long RatioFloorBytes = 1024 * 1024;
    private readonly ZipArchive _zip;
    private readonly ScormLimits _limits;
    private readonly IReadOnlyList<(string Path, ZipArchiveEntry Entry)> _files;

    public ScormManifest Manifest { get; }
    public int FileCount => _files.Count;
    public long DeclaredBytes { get; }

    private ScormArchive(ZipArchive zip, ScormLimits limits, IReadOnlyList<(string, ZipArchiveEntry)> files, ScormManifest manifest, long bytes)
    {
        (_zip, _limits, _files, Manifest, DeclaredBytes) = (zip, limits, files, manifest, bytes);
    }

    public static ScormArchive Open(Stream zip, ScormLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormNotAZip) { Field = "file" };
        }
        try
        {
            return Check(archive, limits);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private static ScormArchive Check(ZipArchive archive, ScormLimits limits)
    {
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            entries = archive.Entries;
        }
        catch (InvalidDataException)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormNotAZip) { Field = "file" };
        }
        if (entries.Count > limits.MaxFiles) throw new BusinessException(NavLederprogramErrorCodes.ScormTooManyFiles, limits.MaxFiles) { Field = "file" };
        var files = new List<(string, ZipArchiveEntry)>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var entry in entries)
        {
            var path = SafePath(entry);
            if (path is null) continue;
            total += entry.Length;
            if (total > limits.MaxBytes) throw TooLarge(limits);
            if (entry.Length > RatioFloorBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                throw new BusinessException(NavLederprogramErrorCodes.ScormCompressionRatio, entry.FullName) { Field = "file" };
            if (!paths.Add(path)) throw new BusinessException(NavLederprogramErrorCodes.ScormUnsafeEntry, entry.FullName) { Field = "file" };
            files.Add((path, entry));
        }

        var manifestEntry = files.FirstOrDefault(f => f.Item1.Equals(ManifestName, StringComparison.OrdinalIgnoreCase)).Item2;
        if (manifestEntry is null)
        {
            if (files.Any(f => f.Item1.EndsWith("/" + ManifestName, StringComparison.OrdinalIgnoreCase)))
                throw new BusinessException(NavLederprogramErrorCodes.ScormManifestInFolder) { Field = "file" };
            if (files.Any(f => Path.GetExtension(f.Item1).ToLowerInvariant() is ".crs" or ".au" or ".des" or ".cst"))
                throw new BusinessException(NavLederprogramErrorCodes.ScormAicc) { Field = "file" };
            throw new BusinessException(NavLederprogramErrorCodes.ScormNoManifest) { Field = "file" };
        }
        ScormManifest manifest;
        using (var stream = OpenChecked(manifestEntry, limits)) manifest = ScormManifestReader.Read(stream);
        var missing = manifest.Items.Where(i => i.Href is not null).Select(i => i.Href!.Split('?', '#')[0]).FirstOrDefault(href => !paths.Contains(href));
        if (missing is not null) throw new BusinessException(NavLederprogramErrorCodes.ScormLaunchFileMissing, missing) { Field = "file" };
        return new ScormArchive(archive, limits, files, manifest, total);
    }

    /// <summary>The entry's path inside the package, null for a folder; a refusal for anything that could land outside it.</summary>
    private static string? SafePath(ZipArchiveEntry entry)
    {
        var name = entry.FullName.Replace('\\', '/');
        const int unixFileType = 0xF000 << 16, unixSymlink = 0xA000 << 16;
        if ((entry.ExternalAttributes & unixFileType) == unixSymlink) throw Unsafe(entry);
        if (name.EndsWith('/')) return null;
        if (name.Length == 0 || name.Length > ScormConsts.HrefMax || name.StartsWith('/') || name.Contains(':') || name.Any(char.IsControl))
            throw Unsafe(entry);
        var segments = name.Split('/');
        if (segments.Any(s => s is "" or "." or "..")) throw Unsafe(entry);
        return name;
    }

    /// <summary>Copies every file of the package, in zip order, refusing as soon as the real bytes pass a limit.</summary>
    public async Task CopyEntriesAsync(Func<string, Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        long total = 0;
        foreach (var (path, entry) in _files)
        {
            await using var source = OpenChecked(entry, _limits);
            var limited = new LimitedReadStream(source, Math.Min(entry.Length, _limits.MaxBytes - total), () => TooLarge(_limits));
            await write(path, limited, ct);
            total += limited.BytesRead;
        }
    }

    private static Stream OpenChecked(ZipArchiveEntry entry, ScormLimits limits)
    {
        try
        {
            return new LimitedReadStream(entry.Open(), entry.Length, () => TooLarge(limits));
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormNotAZip) { Field = "file" };
        }
    }

    private static BusinessException Unsafe(ZipArchiveEntry entry) => new(NavLederprogramErrorCodes.ScormUnsafeEntry, entry.FullName) { Field = "file" };

    private static BusinessException TooLarge(ScormLimits limits) =>
        new(NavLederprogramErrorCodes.ScormTooLargeUnpacked, limits.MaxBytes / (1024 * 1024)) { Field = "file" };

    public void Dispose() => _zip.Dispose();
}
