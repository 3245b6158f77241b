using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisionGroupRepository(NavLederprogramDbContext db) : ISupervisionGroupRepository
{
    public Task<SupervisionGroup?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<SupervisionGroup>().FirstOrDefaultAsync(g => g.Id == id, ct);

    public async Task<IReadOnlyList<SupervisionGroup>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<SupervisionGroup>().AsNoTracking()
            .Where(g => g.SupervisorPersonId == personId || g.CoSupervisorPersonId == personId || g.Members.Any(m => m.PersonId == personId))
            .OrderByDescending(g => g.CreationTime).ToListAsync(ct);

    public Task<int> CountOpenLedByAsync(Guid supervisorPersonId, CancellationToken ct = default) =>
        db.Set<SupervisionGroup>().CountAsync(g => g.EndedAt == null && (g.SupervisorPersonId == supervisorPersonId || g.CoSupervisorPersonId == supervisorPersonId), ct);

    public async Task<IReadOnlyList<SupervisionGroup>> GetInRegionsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default)
    {
        var query = db.Set<SupervisionGroup>().AsNoTracking();
        if (regionIds is not null) query = query.Where(g => regionIds.Contains(g.RegionId));
        return await query.OrderBy(g => g.Name).ToListAsync(ct);
    }

    public async Task InsertAsync(SupervisionGroup group, CancellationToken ct = default) => await db.AddAsync(group, ct);
}
