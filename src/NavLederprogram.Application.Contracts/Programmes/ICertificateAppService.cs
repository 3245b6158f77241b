namespace NavLederprogram.Programmes;

public interface ICertificateAppService
{
    /// <summary>The caller's own certificates, newest first.</summary>
    Task<IReadOnlyList<CertificateDto>> GetMineAsync(CancellationToken ct);
    /// <summary>The certificate as a PDF in nb, nn or en (the caller's language when none is asked for); only for its owner.</summary>
    Task<CertificatePdfFile> GetPdfAsync(Guid id, string? culture, CancellationToken ct);
    /// <summary>Anyone may check a code; an unknown code is not found.</summary>
    Task<CertificateVerificationDto> VerifyAsync(string code, CancellationToken ct);
}
