using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class PeerSupervisorRepository(NavLederprogramDbContext db) : IPeerSupervisorRepository
{
    public Task<PeerSupervisor?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<PeerSupervisor>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<PeerSupervisor?> FindActiveByPersonAsync(Guid personId, CancellationToken ct = default) =>
        db.Set<PeerSupervisor>().FirstOrDefaultAsync(s => s.PersonId == personId && s.IsActive, ct);

    public async Task<IReadOnlyList<PeerSupervisor>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, bool activeOnly, CancellationToken ct = default)
    {
        var query = db.Set<PeerSupervisor>().AsNoTracking();
        if (regionIds is not null) query = query.Where(s => regionIds.Contains(s.RegionId));
        if (activeOnly) query = query.Where(s => s.IsActive);
        return await query.OrderByDescending(s => s.AppointedOn).ToListAsync(ct);
    }

    public async Task InsertAsync(PeerSupervisor supervisor, CancellationToken ct = default) => await db.AddAsync(supervisor, ct);
}
