using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class ProgrammeRepository(NavLederprogramDbContext db) : IProgrammeRepository
{
    public Task<Programme?> GetProgrammeAsync(CancellationToken ct = default) => db.Set<Programme>().OrderBy(p => p.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertProgrammeAsync(Programme programme, CancellationToken ct = default) => await db.AddAsync(programme, ct);

    public Task<ProgrammeVersion?> FindVersionAsync(Guid id, CancellationToken ct = default) => db.Set<ProgrammeVersion>().FirstOrDefaultAsync(v => v.Id == id, ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<ProgrammeVersionContent>> GetVersionContentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new ProgrammeVersionContent(v.Id, v.Name, v.Modules)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, TranslatedText>> GetVersionNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Name.Nb, v.Name.Nn, v.Name.En }).ToDictionaryAsync(v => v.Id, v => new TranslatedText(v.Nb, v.Nn, v.En), ct);

    public async Task InsertVersionAsync(ProgrammeVersion version, CancellationToken ct = default) => await db.AddAsync(version, ct);

    public Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default) => db.Set<Cohort>().AnyAsync(c => c.ProgrammeVersionId == versionId, ct);

    public void DeleteVersion(ProgrammeVersion version) => db.Remove(version);
}
