using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisionCaseRepository(NavLederprogramDbContext db) : ISupervisionCaseRepository
{
    public Task<SupervisionCase?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<SupervisionCase>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<SupervisionCase>> GetForGroupAsync(Guid groupId, CancellationToken ct = default) =>
        await db.Set<SupervisionCase>().Where(c => c.GroupId == groupId).OrderBy(c => c.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(SupervisionCase supervisionCase, CancellationToken ct = default) => await db.AddAsync(supervisionCase, ct);

    public void Delete(SupervisionCase supervisionCase) => db.Remove(supervisionCase);
}
