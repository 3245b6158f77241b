using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class ResultIndicatorRepository(NavLederprogramDbContext db) : IResultIndicatorRepository
{
    public Task<ResultIndicator?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<ResultIndicator>().FirstOrDefaultAsync(i => i.Id == id, ct);

    public Task<ResultIndicator?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        db.Set<ResultIndicator>().FirstOrDefaultAsync(i => i.Code == code, ct);

    public async Task<IReadOnlyList<ResultIndicator>> GetListAsync(CancellationToken ct = default) =>
        await db.Set<ResultIndicator>().OrderBy(i => i.Code).ToListAsync(ct);

    public async Task InsertAsync(ResultIndicator indicator, CancellationToken ct = default) => await db.AddAsync(indicator, ct);
}
