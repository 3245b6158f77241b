using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisionReflectionRepository(NavLederprogramDbContext db) : ISupervisionReflectionRepository
{
    public Task<SupervisionReflection?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<SupervisionReflection>().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<SupervisionReflection>> GetForAuthorAsync(Guid authorPersonId, Guid groupId, CancellationToken ct = default) =>
        await db.Set<SupervisionReflection>().Where(r => r.AuthorPersonId == authorPersonId && r.GroupId == groupId)
            .OrderBy(r => r.CreationTime).ToListAsync(ct);

    public async Task<IReadOnlyList<SupervisionReflection>> GetSharedForGroupAsync(Guid groupId, CancellationToken ct = default) =>
        await db.Set<SupervisionReflection>().AsNoTracking().Where(r => r.GroupId == groupId && r.SharedWithGroupAt != null)
            .OrderBy(r => r.SharedWithGroupAt).ToListAsync(ct);

    public async Task InsertAsync(SupervisionReflection reflection, CancellationToken ct = default) => await db.AddAsync(reflection, ct);

    public void Delete(SupervisionReflection reflection) => db.Remove(reflection);
}
