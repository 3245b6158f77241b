using NavLederprogram.Documents;
using NavLederprogram.Localization;
using static NavLederprogram.Documents.CertificateWriter;

namespace NavLederprogram.PersonalData;

/// <summary>
/// The readable summary of an export as an A4 PDF in nb, nn or en, set like the certificates (<see cref="CertificateWriter"/>, whose
/// embedded font prints æøå and every name as written): per module a heading, per item its kind and its values.
/// </summary>
public static class PersonalDataPdf
{
    public static byte[] Render(PersonalDataExportDto export, string? culture)
    {
        culture = LocalizationTexts.Normalize(culture);
        string T(string key, params object?[] args) => Clean(LocalizationTexts.Get($"Page:PersonalData.{key}", culture, args));
        string Kind(string kind) => LocalizationTexts.GetOrDefault($"Page:PersonalData.Kind.{kind}", kind, culture) ?? kind;

        var name = export.Subject.Name ?? "";
        return Write(T("PdfTitle"), "NavLederprogram", [T("PdfFooter"), DateTexts.Date(DateOnly.FromDateTime(OsloTime.ToOslo(export.ExportedAt)), culture)],
            writer =>
            {
                writer.Left(T("PdfTitle"), 22, bold: true, Accent, indent: 0, after: 8);
                writer.Left(Clean(name), 14, bold: true, Ink, indent: 0, after: 4);
                writer.Left(T("PdfIntro"), 10.5, bold: false, Muted, indent: 0, after: 14);
                foreach (var section in export.Sections)
                {
                    writer.Left(T($"Module.{section.Module}"), 15, bold: true, Ink, indent: 0, after: 6);
                    if (section.Entries.Count == 0) writer.Left(T("Nothing"), 10.5, bold: false, Muted, indent: 12, after: 10);
                    foreach (var entry in section.Entries)
                    {
                        writer.Left(Clean(Kind(entry.Kind)), 11, bold: true, Ink, indent: 12, after: 1);
                        var values = entry.Values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}: {v.Value}");
                        writer.Left(Clean(string.Join(" · ", values)), 9.5, bold: false, Muted, indent: 24, after: 6);
                    }
                    writer.Left("", 6, bold: false, Ink, indent: 0, after: 6);
                }
            });
    }
}
