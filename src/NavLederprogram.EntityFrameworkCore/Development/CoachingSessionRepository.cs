using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class CoachingSessionRepository(NavLederprogramDbContext db) : ICoachingSessionRepository
{
    public Task<CoachingSession?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CoachingSession>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<IReadOnlyList<CoachingSession>> GetForPlansAsync(IReadOnlyCollection<Guid> planIds, CancellationToken ct = default) =>
        await db.Set<CoachingSession>().AsNoTracking().Where(s => planIds.Contains(s.PlanId)).OrderBy(s => s.StartsAt).ToListAsync(ct);

    public async Task InsertAsync(CoachingSession session, CancellationToken ct = default) => await db.AddAsync(session, ct);
}
