using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface ICertificateRepository
{
    Task<Certificate?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default);
    Task<Certificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default);
    /// <summary>The ids of the certificates issued for the given enrolments, by enrolment.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> GetIdsByEnrolmentAsync(IReadOnlyCollection<Guid> enrolmentIds, CancellationToken ct = default);
    Task<IReadOnlyList<Certificate>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task InsertAsync(Certificate certificate, CancellationToken ct = default);
}
