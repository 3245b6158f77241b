using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class MunicipalityRepository(NavLederprogramDbContext db) : IMunicipalityRepository
{
    public Task<Municipality?> FindAsync(Guid id, CancellationToken ct = default) => db.Municipalities.FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<Municipality?> FindByNumberAsync(string number, CancellationToken ct = default) =>
        db.Municipalities.FirstOrDefaultAsync(m => m.Number == number, ct);

    public async Task<IReadOnlyList<Municipality>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Municipalities.Where(m => ids.Contains(m.Id)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(CancellationToken ct = default) =>
        await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);

    public Task<Page<Municipality>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default)
    {
        var query = db.Municipalities.AsNoTracking();
        if (!scope.IsNational) query = query.Where(m => scope.MunicipalityIds.Contains(m.Id));
        if (regionId is not null) query = query.Where(m => m.RegionId == regionId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(m => EF.Functions.Like(m.Name, like, "\\") || EF.Functions.Like(m.Number, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "name");
        query = (IQueryable<Municipality>)(field switch
        {
            "number" => query.OrderBy(m => m.Number, desc),
            _ => query.OrderBy(m => m.Name, desc),
        });
        return query.ToPageAsync(request, ct);
    }

    public async Task<IReadOnlyList<Guid>> GetIdsInRegionsAsync(IReadOnlyCollection<Guid> regionIds, CancellationToken ct = default) =>
        regionIds.Count == 0 ? [] : await db.Municipalities.Where(m => regionIds.Contains(m.RegionId)).Select(m => m.Id).ToListAsync(ct);

    public Task<bool> NumberExistsAsync(string number, Guid? exceptId, CancellationToken ct = default) =>
        db.Municipalities.AnyAsync(m => m.Number == number && m.Id != exceptId, ct);

    public Task<bool> IsServedByAnOfficeAsync(Guid municipalityId, CancellationToken ct = default) =>
        db.Offices.AnyAsync(o => o.Municipalities.Any(m => m.MunicipalityId == municipalityId), ct);

    public async Task InsertAsync(Municipality municipality, CancellationToken ct = default) => await db.Municipalities.AddAsync(municipality, ct);

    public void Delete(Municipality municipality) => db.Municipalities.Remove(municipality);
}
