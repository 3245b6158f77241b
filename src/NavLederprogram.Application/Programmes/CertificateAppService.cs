using System.Globalization;
using Microsoft.Extensions.Configuration;
using NavLederprogram.ELearning;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// A participant's certificates, printed on demand from the facts fixed at issue, and their public verification by
/// code (course certificates included). A certificate is shown to its owner alone; to anyone else it does not exist.
/// </summary>
public sealed class CertificateAppService(
    ICurrentPerson currentPerson,
    ICertificateRepository certificates,
    IEnrolmentRepository enrolments,
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    ICourseCertificateQueries courseCertificates,
    IConfiguration configuration) : ICertificateAppService
{
    public async Task<IReadOnlyList<CertificateDto>> GetMineAsync(CancellationToken ct)
    {
        if (await MeAsync(ct) is not { } me) return [];
        var result = new List<CertificateDto>();
        foreach (var c in await certificates.GetForPersonAsync(me.Id, ct))
        {
            var (programmeName, moduleTitles) = await FactsInAsync(c, CultureInfo.CurrentUICulture.Name, ct);
            result.Add(new CertificateDto
            {
                Id = c.Id,
                PersonName = c.PersonName,
                ProgrammeName = programmeName,
                CohortName = c.CohortName,
                CohortStartsOn = c.CohortStartsOn,
                CompletedOn = c.CompletedOn,
                ModuleTitles = moduleTitles,
                VerificationCode = c.VerificationCode,
                VerificationUrl = VerificationUrl(c.VerificationCode),
            });
        }
        return result;
    }

    public async Task<CertificatePdfFile> GetPdfAsync(Guid id, string? culture, CancellationToken ct)
    {
        var certificate = await certificates.FindAsync(id, ct);
        var me = await MeAsync(ct);
        if (certificate is null || me is null || certificate.PersonId != me.Id) throw new EntityNotFoundException(typeof(Certificate), id);

        var language = LocalizationTexts.Normalize(string.IsNullOrWhiteSpace(culture) ? CultureInfo.CurrentUICulture.Name : culture);
        var enrolment = await enrolments.FindAsync(certificate.EnrolmentId, ct);
        var cohort = enrolment is null ? null : await cohorts.FindAsync(enrolment.CohortId, ct);
        var (programmeName, moduleTitles) = await FactsInAsync(certificate, language, ct);
        var pdf = CertificatePdf.Render(new CertificatePdfContent(certificate.PersonName, programmeName, certificate.CohortName,
            certificate.CohortStartsOn, cohort?.EndsOn, certificate.CompletedOn, moduleTitles, certificate.VerificationCode,
            VerificationUrl(certificate.VerificationCode)), language);
        var fileName = $"{LocalizationTexts.Get("Certificate:Pdf.FileName", language)}-{certificate.VerificationCode}-{language}.pdf";
        return new CertificatePdfFile(pdf, "application/pdf", fileName);
    }

    public async Task<CertificateVerificationDto> VerifyAsync(string code, CancellationToken ct)
    {
        var normalized = NormalizeCode(code) ?? throw new EntityNotFoundException(typeof(Certificate), null);
        if (await certificates.FindByCodeAsync(normalized, ct) is not { } c)
        {
            // Course certificates carry codes of the same form and are checked on the same page.
            var course = await courseCertificates.FindByCodeAsync(normalized, ct) ?? throw new EntityNotFoundException(typeof(Certificate), null);
            return new CertificateVerificationDto(true, course.PersonName, "", "", course.CompletedOn, course.CompletedOn, [], course.VerificationCode)
            {
                CourseName = course.CourseTitle.Resolve(CultureInfo.CurrentUICulture.Name).Text,
            };
        }
        var (programmeName, moduleTitles) = await FactsInAsync(c, CultureInfo.CurrentUICulture.Name, ct);
        return new CertificateVerificationDto(true, c.PersonName, programmeName, c.CohortName, c.CohortStartsOn, c.CompletedOn, moduleTitles, c.VerificationCode);
    }

    /// <summary>
    /// The programme and module names in <paramref name="language"/>. The certificate keeps them in bokmål as issued;
    /// the published version they came from never changes, so its translations say the same. Where the version is
    /// gone or no longer matches, or a text is not translated, bokmål stands.
    /// </summary>
    private async Task<(string ProgrammeName, IReadOnlyList<string> ModuleTitles)> FactsInAsync(Certificate c, string language, CancellationToken ct)
    {
        var enrolment = await enrolments.FindAsync(c.EnrolmentId, ct);
        var cohort = enrolment is null ? null : await cohorts.FindAsync(enrolment.CohortId, ct);
        var version = cohort is null ? null : await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct);
        if (version is null || version.Status != ProgrammeVersionStatus.Published || version.Name.Nb != c.ProgrammeName
            || !version.Modules.Select(m => m.Title.Nb).SequenceEqual(c.ModuleTitles))
            return (c.ProgrammeName, c.ModuleTitles);
        return (version.Name.In(language), version.Modules.Select(m => m.Title.In(language)).ToList());
    }

    /// <summary>
    /// A code as people type it — any case, with or without the dashes, spaces where they read it in groups — in the
    /// form it is stored (XXXX-XXXX-XXXX); null when it cannot be one.
    /// </summary>
    public static string? NormalizeCode(string? code)
    {
        if (code is null) return null;
        var bare = new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        if (bare.Length != 12 || !bare.All(char.IsAsciiLetterOrDigit)) return null;
        return $"{bare[..4]}-{bare[4..8]}-{bare[8..]}";
    }

    private string VerificationUrl(string code) => PublicLinks.VerificationUrl(configuration, code);

    private Task<PersonCard?> MeAsync(CancellationToken ct) => currentPerson.GetAsync(ct);
}
