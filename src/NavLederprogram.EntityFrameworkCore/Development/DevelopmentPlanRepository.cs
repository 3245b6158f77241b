using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class DevelopmentPlanRepository(NavLederprogramDbContext db) : IDevelopmentPlanRepository
{
    public Task<DevelopmentPlan?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<DevelopmentPlan>().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<DevelopmentPlan?> FindForPersonAsync(Guid personId, Guid cohortId, CancellationToken ct = default) =>
        db.Set<DevelopmentPlan>().FirstOrDefaultAsync(p => p.PersonId == personId && p.CohortId == cohortId, ct);

    public async Task<IReadOnlyList<DevelopmentPlan>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<DevelopmentPlan>().Where(p => p.PersonId == personId).OrderByDescending(p => p.CreationTime).ToListAsync(ct);

    public async Task<IReadOnlyList<DevelopmentPlan>> GetForCohortsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default) =>
        await db.Set<DevelopmentPlan>().AsNoTracking().Where(p => cohortIds.Contains(p.CohortId)).ToListAsync(ct);

    public async Task<IReadOnlyList<DevelopmentPlan>> GetForCoachAsync(Guid coachUserId, CancellationToken ct = default) =>
        await db.Set<DevelopmentPlan>().AsNoTracking().Where(p => p.CoachUserId == coachUserId).ToListAsync(ct);

    public async Task InsertAsync(DevelopmentPlan plan, CancellationToken ct = default) => await db.AddAsync(plan, ct);
}
