using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace NavLederprogram.Competence;

/// <summary>What is kept of an uploaded file's name: its last segment, without control characters, at most the allowed length.</summary>
public static class EvidenceFileName
{
    public static string Normalize(string fileName)
    {
        // Browsers on Windows may send a whole path; either separator ends a folder name.
        var segment = fileName.Split('/', '\\').LastOrDefault(s => s.Trim().Trim('.').Length > 0) ?? "";
        var name = new string(segment.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray()).Trim();
        var extension = Path.GetExtension(name);
        if (extension.Length is < 2 or > 10) extension = "";
        var stem = name[..^extension.Length].Trim().Trim('.');
        if (stem.Length == 0) stem = "document";
        var room = CompetenceConsts.MaxFileNameLength - extension.Length;
        return (stem.Length > room ? stem[..room] : stem) + extension;
    }
}
