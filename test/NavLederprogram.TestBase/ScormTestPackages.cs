using System.IO.Compression;
using System.Text;

namespace NavLederprogram.TestBase;

/// <summary>
/// Builds SCORM packages as an authoring tool exports them, from test/scorm-packages/{name}: the manifest and pages of
/// the folder plus the shared test SCO script next to every page. Also builds the broken and hostile zips an
/// upload must refuse.
/// </summary>
public static class ScormTestPackages
{
    public const string Scorm12 = "scorm12";
    public const string Scorm2004 = "scorm2004";
    public const string MultiSco = "multisco";

    public static string Folder { get; } = FindFolder(Path.Combine("test", "scorm-packages"));

    /// <summary>The test SCO's script is the demo course's: one SCO that uses only the SCORM API, kept in one place.</summary>
    public static string ScoScript { get; } = Path.Combine(FindFolder(Path.Combine("src", "NavLederprogram.Domain", "ELearning", "ScormDemo")), "sco.js");

    public static byte[] Build(string name)
    {
        var root = Path.Combine(Folder, name);
        var files = new List<(string, byte[])>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            files.Add((relative, File.ReadAllBytes(file)));
            if (relative.EndsWith(".html", StringComparison.Ordinal))
            {
                var script = (Path.GetDirectoryName(relative) is { Length: > 0 } dir ? dir.Replace('\\', '/') + "/" : "") + "sco.js";
                if (!files.Any(f => f.Item1 == script)) files.Add((script, File.ReadAllBytes(ScoScript)));
            }
        }
        return Zip([.. files]);
    }

    /// <summary>A zip of the given entries, deflated.</summary>
    public static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, content) in entries)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A valid SCORM 1.2 manifest launching <paramref name="href"/>.</summary>
    public static string Manifest12(string href = "index.html", string fileHref = "index.html") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="O"><organization identifier="O"><title>T</title>
            <item identifier="I" identifierref="R"><title>T</title></item></organization></organizations>
          <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="{href}"><file href="{fileHref}"/></resource></resources>
        </manifest>
        """;

    /// <summary>
    /// A zip whose one entry unpacks from about 1 MB to <paramref name="unpackedBytes"/> of zeros, streamed so that the
    /// test itself never holds the unpacked size.
    /// </summary>
    public static byte[] ZipBomb(long unpackedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var manifest = zip.CreateEntry("imsmanifest.xml").Open()) manifest.Write(Text(Manifest12()));
            using (var page = zip.CreateEntry("index.html").Open()) page.Write(Text("<html></html>"));
            using var bomb = zip.CreateEntry("video.mp4", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < unpackedBytes; written += zeros.Length) bomb.Write(zeros);
        }
        return buffer.ToArray();
    }

    /// <summary>A zip with a Unix symbolic link entry pointing out of the package.</summary>
    public static byte[] WithSymlink()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var manifest = zip.CreateEntry("imsmanifest.xml").Open()) manifest.Write(Text(Manifest12()));
            using (var page = zip.CreateEntry("index.html").Open()) page.Write(Text("<html></html>"));
            var link = zip.CreateEntry("passwd");
            link.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777
            using var target = link.Open();
            target.Write(Text("/etc/passwd"));
        }
        return buffer.ToArray();
    }

    private static string FindFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(relative + " not found above " + AppContext.BaseDirectory);
    }
}
