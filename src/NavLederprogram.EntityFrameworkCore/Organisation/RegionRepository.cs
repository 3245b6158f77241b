using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class RegionRepository(NavLederprogramDbContext db) : IRegionRepository
{
    public Task<Region?> FindAsync(Guid id, CancellationToken ct = default) => db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<Region>> GetAllAsync(CancellationToken ct = default) => await db.Regions.OrderBy(r => r.Name).ToListAsync(ct);

    public Task<Page<Region>> GetPageAsync(PageRequest request, AccessScope scope, CancellationToken ct = default)
    {
        var query = db.Regions.AsNoTracking();
        if (!scope.IsNational) query = query.Where(r => scope.RegionIds.Contains(r.Id));
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(r => EF.Functions.Like(r.Name, like, "\\") || EF.Functions.Like(r.Code, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "name");
        query = (IQueryable<Region>)(field switch
        {
            "code" => query.OrderBy(r => r.Code, desc),
            _ => query.OrderBy(r => r.Name, desc),
        });
        return query.ToPageAsync(request, ct);
    }

    public Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct = default) =>
        db.Regions.AnyAsync(r => r.Name == name && r.Id != exceptId, ct);

    public Task<bool> HasMunicipalitiesAsync(Guid regionId, CancellationToken ct = default) =>
        db.Municipalities.AnyAsync(m => m.RegionId == regionId, ct);

    public async Task InsertAsync(Region region, CancellationToken ct = default) => await db.Regions.AddAsync(region, ct);

    public void Delete(Region region) => db.Regions.Remove(region);
}
