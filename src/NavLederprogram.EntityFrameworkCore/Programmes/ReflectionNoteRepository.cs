using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Privacy;
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

    // The prefix alone picks the candidates; the caller tells a plain text that happens to start with it by its full form.
    public async Task<IReadOnlyList<ReflectionNote>> GetUnprotectedAsync(int count, CancellationToken ct = default) =>
        await db.Set<ReflectionNote>().AsNoTracking().IgnoreQueryFilters().Where(n => !n.ProtectedText.StartsWith(ProtectedText.Prefix))
            .OrderBy(n => n.Id).Take(count).ToListAsync(ct);

    public async Task<bool> ReplaceTextAsync(Guid id, string expected, string protectedText, CancellationToken ct = default) =>
        await db.Set<ReflectionNote>().IgnoreQueryFilters().Where(n => n.Id == id && n.ProtectedText == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ProtectedText, protectedText), ct) == 1;
}
