using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class ScormAttemptRepository(NavLederprogramDbContext db) : IScormAttemptRepository
{
    public Task<ScormAttempt?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<ScormAttempt>().FirstOrDefaultAsync(a => a.Id == id, ct);

    public Task<ScormAttempt?> FindAsync(Guid personId, Guid packageId, string scoIdentifier, CancellationToken ct = default) =>
        db.Set<ScormAttempt>().FirstOrDefaultAsync(a => a.PersonId == personId && a.PackageId == packageId && a.ScoIdentifier == scoIdentifier, ct);

    public async Task<IReadOnlyList<ScormAttempt>> GetForPersonAsync(Guid personId, Guid packageId, CancellationToken ct = default) =>
        await db.Set<ScormAttempt>().AsNoTracking().Where(a => a.PersonId == personId && a.PackageId == packageId).ToListAsync(ct);

    public async Task InsertAsync(ScormAttempt attempt, CancellationToken ct = default) => await db.AddAsync(attempt, ct);
}
