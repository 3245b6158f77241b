using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class CertificateRepository(NavLederprogramDbContext db) : ICertificateRepository
{
    public Task<Certificate?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == verificationCode, ct);

    public Task<Certificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.EnrolmentId == enrolmentId, ct);

    public async Task<IReadOnlyDictionary<Guid, Guid>> GetIdsByEnrolmentAsync(IReadOnlyCollection<Guid> enrolmentIds,
        CancellationToken ct = default) =>
        await db.Set<Certificate>().Where(c => enrolmentIds.Contains(c.EnrolmentId)).Select(c => new { c.EnrolmentId, c.Id })
            .ToDictionaryAsync(c => c.EnrolmentId, c => c.Id, ct);

    public async Task<IReadOnlyList<Certificate>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<Certificate>().AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.CompletedOn).ToListAsync(ct);

    public async Task InsertAsync(Certificate certificate, CancellationToken ct = default) => await db.AddAsync(certificate, ct);
}
