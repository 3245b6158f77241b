using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class IndicatorValueRepository(NavLederprogramDbContext db) : IIndicatorValueRepository
{
    public Task<IndicatorValue?> FindAsync(Guid indicatorId, Guid officeId, DateOnly period, CancellationToken ct = default) =>
        db.Set<IndicatorValue>().FirstOrDefaultAsync(v => v.IndicatorId == indicatorId && v.OfficeId == officeId && v.Period == period, ct);

    public async Task<IReadOnlyList<IndicatorValue>> GetForOfficeAsync(Guid officeId, IReadOnlyCollection<Guid> indicatorIds, CancellationToken ct = default) =>
        await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.OfficeId == officeId && indicatorIds.Contains(v.IndicatorId))
            .OrderBy(v => v.Period).ToListAsync(ct);

    public async Task<IReadOnlyList<IndicatorValue>> GetForOfficesAsync(IReadOnlyCollection<Guid> officeIds, IReadOnlyCollection<Guid> indicatorIds,
        CancellationToken ct = default) =>
        await db.Set<IndicatorValue>().Where(v => officeIds.Contains(v.OfficeId) && indicatorIds.Contains(v.IndicatorId)).ToListAsync(ct);

    public async Task InsertAsync(IndicatorValue value, CancellationToken ct = default) => await db.AddAsync(value, ct);

    public async Task InsertManyAsync(IEnumerable<IndicatorValue> values, CancellationToken ct = default) => await db.AddRangeAsync(values, ct);

    public void Delete(IndicatorValue value) => db.Remove(value);
}
