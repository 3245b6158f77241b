using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class ProgrammeRepository(NavLederprogramDbContext db, IMemoryCache cache) : IProgrammeRepository
{
    // Published versions need no invalidation; the sliding expiry only lets a node forget versions no cohort reads any more.
    private static readonly MemoryCacheEntryOptions PublishedVersionEntry = new() { SlidingExpiration = TimeSpan.FromHours(6) };

    public Task<Programme?> GetProgrammeAsync(CancellationToken ct = default) => db.Set<Programme>().OrderBy(p => p.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertProgrammeAsync(Programme programme, CancellationToken ct = default) => await db.AddAsync(programme, ct);

    public Task<ProgrammeVersion?> FindVersionAsync(Guid id, CancellationToken ct = default) => db.Set<ProgrammeVersion>().FirstOrDefaultAsync(v => v.Id == id, ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct);

    // Cohorts run on published versions, which the node caches; a draft is read with only the columns asked for.
    public async Task<IReadOnlyList<ProgrammeVersionContent>> GetVersionContentsAsync(IReadOnlyCollection<Guid> ids,
        CancellationToken ct = default)
    {
        var result = (await GetPublishedVersionsAsync(ids, ct)).Select(v => new ProgrammeVersionContent(v.Id, v.Name, v.Modules)).ToList();
        var missing = ids.Except(result.Select(v => v.Id)).ToList();
        if (missing.Count > 0)
            result.AddRange(await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => missing.Contains(v.Id))
                .Select(v => new ProgrammeVersionContent(v.Id, v.Name, v.Modules)).ToListAsync(ct));
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, TranslatedText>> GetVersionNamesAsync(IReadOnlyCollection<Guid> ids,
        CancellationToken ct = default)
    {
        var result = (await GetPublishedVersionsAsync(ids, ct)).ToDictionary(v => v.Id, v => v.Name);
        var missing = ids.Where(id => !result.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var v in await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => missing.Contains(v.Id))
                         .Select(v => new { v.Id, v.Name.Nb, v.Name.Nn, v.Name.En }).ToListAsync(ct))
                result[v.Id] = new TranslatedText(v.Nb, v.Nn, v.En);
        return result;
    }

    public async Task<ProgrammeVersion?> FindPublishedVersionAsync(Guid id, CancellationToken ct = default) =>
        (await GetPublishedVersionsAsync([id], ct)).FirstOrDefault();

    public async Task<IReadOnlyList<ProgrammeVersion>> GetPublishedVersionsAsync(
        IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        var found = new List<ProgrammeVersion>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids.Distinct())
            if (cache.TryGetValue(PublishedVersionKey(id), out ProgrammeVersion? cached)) found.Add(cached!);
            else missing.Add(id);
        if (missing.Count == 0) return found;
        var loaded = await db.Set<ProgrammeVersion>().AsNoTracking()
            .Where(v => missing.Contains(v.Id) && v.Status == ProgrammeVersionStatus.Published).ToListAsync(ct);
        foreach (var version in loaded) cache.Set(PublishedVersionKey(version.Id), version, PublishedVersionEntry);
        found.AddRange(loaded);
        return found;
    }

    private static (string, Guid) PublishedVersionKey(Guid id) => ("published-programme-version", id);

    public async Task InsertVersionAsync(ProgrammeVersion version, CancellationToken ct = default) => await db.AddAsync(version, ct);

    public Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default) => db.Set<Cohort>().AnyAsync(c => c.ProgrammeVersionId == versionId, ct);

    public void DeleteVersion(ProgrammeVersion version) => db.Remove(version);
}
