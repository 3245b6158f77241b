using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class ReflectionNoteRepository(NavLederprogramDbContext db) : IReflectionNoteRepository
{
    public async Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, Guid enrolmentId, CancellationToken ct = default) =>
        await db.Set<ReflectionNote>().Where(n => n.AuthorPersonId == authorPersonId && n.EnrolmentId == enrolmentId).ToListAsync(ct);

    public async Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, IReadOnlyCollection<Guid> enrolmentIds,
        CancellationToken ct = default) =>
        await db.Set<ReflectionNote>().AsNoTracking()
            .Where(n => n.AuthorPersonId == authorPersonId && enrolmentIds.Contains(n.EnrolmentId)).ToListAsync(ct);

    public async Task InsertAsync(ReflectionNote note, CancellationToken ct = default) => await db.AddAsync(note, ct);
}
