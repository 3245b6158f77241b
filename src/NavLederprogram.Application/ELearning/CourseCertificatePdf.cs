using NavLederprogram.Documents;
using NavLederprogram.Localization;
using static NavLederprogram.Documents.CertificateWriter;

namespace NavLederprogram.ELearning;

/// <summary>The course certificate as an A4 PDF in nb, nn or en, laid out as the programme's kursbevis (<see cref="CertificateWriter"/>).</summary>
public static class CourseCertificatePdf
{
    public static byte[] Render(CourseCertificate certificate, CourseVersion version, string verificationUrl, string culture)
    {
        culture = LocalizationTexts.Normalize(culture);
        string T(string key, params object?[] args) => Clean(LocalizationTexts.Get($"CourseCertificate:Pdf.{key}", culture, args));
        // The version a certificate names never changes once published, so its translations say what the certificate says.
        var title = version.Id == certificate.CourseVersionId ? version.Title.Resolve(culture).Text : certificate.CourseTitle.Nb;

        return Write(T("Title") + " – " + certificate.PersonName, T("Issuer"),
            [T("IssuedBy"), T("Code", certificate.VerificationCode), T("VerifyAt", verificationUrl)], writer =>
            {
                writer.Centered(T("Title"), 34, bold: true, Accent, after: 36);
                writer.Centered(T("Confirms"), 13, bold: false, Muted, after: 12);
                writer.Centered(Clean(certificate.PersonName), 24, bold: true, Ink, after: 14);
                writer.Centered(T("HasCompleted"), 13, bold: false, Muted, after: 10);
                writer.Centered(Clean(title), 17, bold: true, Ink, after: 12);
                writer.Centered(T("Length", version.EstimatedMinutes), 12, bold: false, Ink, after: 6);
                writer.Centered(T("CompletedOn", DateTexts.Date(certificate.CompletedOn, culture)), 12, bold: false, Ink, after: 24);
            });
    }
}
