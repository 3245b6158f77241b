using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class MilestoneRunRepository(NavLederprogramDbContext db) : IMilestoneRunRepository
{
    public async Task<IReadOnlyList<MilestoneRun>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<MilestoneRun>().AsNoTracking().Where(r => r.CohortId == cohortId).OrderByDescending(r => r.RanAt).ToListAsync(ct);

    public async Task InsertAsync(MilestoneRun run, CancellationToken ct = default) => await db.AddAsync(run, ct);
}
