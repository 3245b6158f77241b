namespace NavLederprogram.Programmes;

/// <summary>A kursbevis as its owner sees it, with the public address where anyone can check it.</summary>
public sealed record CertificateDto
{
    public required Guid Id { get; init; }
    public required string PersonName { get; init; }
    public required string ProgrammeName { get; init; }
    public required string CohortName { get; init; }
    public required DateOnly CohortStartsOn { get; init; }
    public required DateOnly CompletedOn { get; init; }
    public required IReadOnlyList<string> ModuleTitles { get; init; }
    public required string VerificationCode { get; init; }
    public required string VerificationUrl { get; init; }
}

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
