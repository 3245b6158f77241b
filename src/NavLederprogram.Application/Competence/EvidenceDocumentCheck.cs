using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace NavLederprogram.Competence;

/// <summary>
/// An uploaded diploma must be what it claims to be all the way through, not only in its first bytes: a zip or an
/// HTML page that starts with "%PDF-" is refused. A PDF must open and have pages; a PNG must have intact chunks
/// (CRCs) and image data that inflates; a JPEG must have a frame, a scan and an end marker.
/// </summary>
public static class EvidenceDocumentCheck
{
    public static bool IsIntact(string contentType, byte[] content) => contentType switch
    {
        "application/pdf" => IsPdf(content),
        "image/png" => IsPng(content),
        "image/jpeg" => IsJpeg(content),
        _ => false,
    };

    private static bool IsPdf(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages < 1) return false;
            _ = document.GetPage(1);
            return true;
        }
#pragma warning disable CA1031 // Any failure to parse means the file is not a PDF we can show.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static bool IsPng(byte[] content)
    {
        var position = 8;
        var first = true;
        using var data = new MemoryStream();
        while (position + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(position));
            if (length > int.MaxValue || position + 12 + (long)length > content.Length) return false;
            var type = Encoding.ASCII.GetString(content, position + 4, 4);
            var body = content.AsSpan(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(position + 8 + (int)length));
            if (Crc32(content.AsSpan(position + 4, 4 + (int)length)) != crc) return false;
            if (first && (type != "IHDR" || length != 13)) return false;
            first = false;
            if (type == "IDAT") data.Write(body);
            position += 12 + (int)length;
            if (type == "IEND") return position == content.Length && data.Length > 0 && Inflates(data.ToArray());
        }
        return false;
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The CRC-32 of PNG chunks (ISO 3309), as in the PNG specification's sample code.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }

    private static bool Inflates(byte[] zlib)
    {
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            // Decompression bombs stop at a bound far above any diploma scan.
            while ((read = inflater.Read(buffer)) > 0) if ((total += read) > 512L * 1024 * 1024) return false;
            return total > 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsJpeg(byte[] content)
    {
        if (content.Length < 4 || content[0] != 0xFF || content[1] != 0xD8) return false;
        var position = 2;
        var frame = false;
        while (position + 4 <= content.Length)
        {
            if (content[position] != 0xFF) return false;
            var marker = content[position + 1];
            if (marker == 0xFF) { position++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(content.AsSpan(position + 2));
            if (length < 2 || position + 2 + length > content.Length) return false;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) frame = true;
            if (marker == 0xDA)
                // The entropy-coded scan runs to the end marker.
                return frame && content.Length >= position + 2 + length + 2 && content[^2] == 0xFF && content[^1] == 0xD9;
            position += 2 + length;
        }
        return false;
    }
}
