using NavLederprogram.Entities;
using NavLederprogram.Events;

namespace NavLederprogram.Competence;

/// <summary>What the file really is, judged by its first bytes rather than by its name or the browser's claim.</summary>
public static class EvidenceDocumentTypes
{
    public static readonly IReadOnlyDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        return null;
    }

    /// <summary>The content type when name and content agree on an allowed type; otherwise null.</summary>
    public static string? Verify(string fileName, ReadOnlySpan<byte> head)
    {
        var byName = ByExtension.GetValueOrDefault(Path.GetExtension(fileName));
        var byContent = Detect(head);
        return byName is not null && byName == byContent ? byContent : null;
    }
}
