using NavLederprogram.Documents;
using NavLederprogram.Localization;
using static NavLederprogram.Documents.CertificateWriter;

namespace NavLederprogram.Programmes;

/// <summary>
/// The kursbevis as an A4 PDF in nb, nn or en (see <see cref="CertificateWriter"/>). A long list of modules wraps and runs
/// onto another page; the issuers, the code and the verification address are at the foot of every page.
/// </summary>
public static class CertificatePdf
{
    public static byte[] Render(CertificatePdfContent content, string culture)
    {
        culture = LocalizationTexts.Normalize(culture);
        string T(string key, params object?[] args) => Clean(LocalizationTexts.Get($"Certificate:Pdf.{key}", culture, args));
        string Day(DateOnly d) => DateTexts.Date(d, culture);

        return Write(T("Title") + " – " + content.PersonName, T("Issuer"),
            [T("IssuedBy"), T("Code", content.VerificationCode), T("VerifyAt", content.VerificationUrl)], writer =>
            {
                writer.Centered(T("Title"), 34, bold: true, Accent, after: 36);
                writer.Centered(T("Confirms"), 13, bold: false, Muted, after: 12);
                writer.Centered(Clean(content.PersonName), 24, bold: true, Ink, after: 14);
                writer.Centered(T("HasCompleted"), 13, bold: false, Muted, after: 10);
                writer.Centered(Clean(content.ProgrammeName), 17, bold: true, Ink, after: 12);
                writer.Centered(content.CohortEndsOn is { } ends
                    ? T("Cohort", Clean(content.CohortName), Day(content.CohortStartsOn), Day(ends))
                    : T("CohortStarted", Clean(content.CohortName), Day(content.CohortStartsOn)), 12, bold: false, Ink, after: 6);
                writer.Centered(T("CompletedOn", Day(content.CompletedOn)), 12, bold: false, Ink, after: 24);

                if (content.ModuleTitles.Count > 0)
                {
                    writer.Left(T("Modules"), 13, bold: true, Ink, indent: 0, after: 4);
                    for (var i = 0; i < content.ModuleTitles.Count; i++)
                        writer.Item($"{i + 1}.", Clean(content.ModuleTitles[i]), 11.5, Ink);
                }
            });
    }
}
