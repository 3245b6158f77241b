using Microsoft.EntityFrameworkCore;
using NavLederprogram.PersonalData;

namespace NavLederprogram.EntityFrameworkCore.PersonalData;

public sealed class ErasureRecordRepository(NavLederprogramDbContext db) : IErasureRecordRepository
{
    public async Task InsertAsync(ErasureRecord record, CancellationToken ct) => await db.Set<ErasureRecord>().AddAsync(record, ct);

    public async Task<IReadOnlyList<ErasureRecord>> GetLatestAsync(int count, CancellationToken ct) =>
        await db.Set<ErasureRecord>().AsNoTracking().OrderByDescending(r => r.ErasedAt).Take(count).ToListAsync(ct);

    // The steps are JSON; a kept step is written with its action's name, so a text search finds the candidates.
    public async Task<IReadOnlyList<ErasureRecord>> GetWithKeptRecordsAsync(CancellationToken ct) =>
        await db.Set<ErasureRecord>().AsNoTracking().Where(r => r.Steps.Contains("\"keptUntil\":\"")).OrderBy(r => r.ErasedAt).ToListAsync(ct);
}
