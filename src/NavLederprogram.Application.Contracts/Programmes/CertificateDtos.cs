namespace NavLederprogram.Programmes;

/// <summary>A kursbevis as its owner sees it, with the public address where anyone can check it.</summary>
public sealed record CertificateDto(
    Guid Id,
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode,
    string VerificationUrl);

/// <summary>What the public verification shows: the facts fixed on the certificate when it was issued.</summary>
public sealed record CertificateVerificationDto(
    bool Valid,
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode);

public sealed record CertificatePdfFile(byte[] Content, string ContentType, string FileName);

public interface ICertificateAppService
{
    /// <summary>The caller's own certificates, newest first.</summary>
    Task<IReadOnlyList<CertificateDto>> GetMineAsync(CancellationToken ct);
    /// <summary>The certificate as a PDF in nb, nn or en (the caller's language when none is asked for); only for its owner.</summary>
    Task<CertificatePdfFile> GetPdfAsync(Guid id, string? culture, CancellationToken ct);
    /// <summary>Anyone may check a code; an unknown code is not found.</summary>
    Task<CertificateVerificationDto> VerifyAsync(string code, CancellationToken ct);
}
