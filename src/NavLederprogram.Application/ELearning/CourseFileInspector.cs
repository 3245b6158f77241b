using System.IO.Compression;
using System.Text;

namespace NavLederprogram.ELearning;

/// <summary>
/// Recognises an upload by its content, never by its name or the type the browser claimed: the magic bytes of the image
/// and video formats, the WebVTT header, PDF, and the Office Open XML packages (a zip with the part that names each
/// kind). A file that is not what its purpose accepts is refused, so that HTML or script cannot be served as a picture.
/// </summary>
public static class CourseFileInspector
{
    /// <summary>The content type of <paramref name="file"/> (seekable, at its start), or null when its purpose does not accept it.</summary>
    public static string? Recognise(CourseFilePurpose purpose, Stream file)
    {
        var head = new byte[64];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var bytes = head.AsSpan(0, read);
        return purpose switch
        {
            CourseFilePurpose.Image => Image(bytes),
            CourseFilePurpose.Video => Video(bytes),
            CourseFilePurpose.Captions => Captions(file),
            CourseFilePurpose.Attachment => Attachment(bytes, file),
            _ => null,
        };
    }

    /// <summary>The extension a file of this content type is saved with when downloaded.</summary>
    public static string Extension(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "video/mp4" => ".mp4",
        "video/webm" => ".webm",
        "text/vtt" => ".vtt",
        "application/pdf" => ".pdf",
        Docx => ".docx",
        Xlsx => ".xlsx",
        Pptx => ".pptx",
        _ => "",
    };

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static string? Image(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (b.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)) return "image/gif";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    private static string? Video(ReadOnlySpan<byte> b)
    {
        // ISO base media (MP4): a box of type "ftyp" first. WebM: the EBML header.
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8)) return "video/mp4";
        if (b.StartsWith((byte[])[0x1A, 0x45, 0xDF, 0xA3])) return "video/webm";
        return null;
    }

    /// <summary>WebVTT: UTF-8 text starting with "WEBVTT" (after an optional byte-order mark) and a space, tab or line break.</summary>
    private static string? Captions(Stream file)
    {
        try
        {
            using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var text = reader.ReadToEnd();
            if (text.StartsWith('\uFEFF')) text = text[1..];
            var valid = text.StartsWith("WEBVTT", StringComparison.Ordinal) && (text.Length == 6 || text[6] is ' ' or '\t' or '\n' or '\r');
            return valid ? "text/vtt" : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static string? Attachment(ReadOnlySpan<byte> b, Stream file)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (!b.StartsWith("PK\u0003\u0004"u8)) return null;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Contains("word/document.xml")) return Docx;
            if (names.Contains("xl/workbook.xml")) return Xlsx;
            if (names.Contains("ppt/presentation.xml")) return Pptx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            file.Position = 0;
        }
    }
}
