using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class PrivateNoteRepository(NavLederprogramDbContext db) : IPrivateNoteRepository
{
    public Task<PrivateNote?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<PrivateNote>().FirstOrDefaultAsync(n => n.Id == id, ct);

    public async Task<IReadOnlyList<PrivateNote>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<PrivateNote>().Where(n => n.PersonId == personId).OrderByDescending(n => n.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(PrivateNote note, CancellationToken ct = default) => await db.AddAsync(note, ct);

    public void Delete(PrivateNote note) => db.Remove(note);
}
