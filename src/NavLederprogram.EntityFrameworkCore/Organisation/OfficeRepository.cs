using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class OfficeRepository(NavLederprogramDbContext db) : IOfficeRepository
{
    public Task<Office?> FindAsync(Guid id, CancellationToken ct = default) => db.Offices.FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<IReadOnlyList<Office>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Offices.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    public async Task<IReadOnlyList<Office>> GetAllAsync(CancellationToken ct = default) =>
        await db.Offices.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<Office>> GetInScopeAsync(IReadOnlyCollection<Guid> regionIds, IReadOnlyCollection<Guid> municipalityIds, IReadOnlyCollection<Guid> officeIds, CancellationToken ct = default) =>
        await db.Offices.AsNoTracking()
            .Where(o => regionIds.Contains(o.RegionId) || officeIds.Contains(o.Id) || o.Municipalities.Any(m => municipalityIds.Contains(m.MunicipalityId)))
            .ToListAsync(ct);

    public Task<Page<Office>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default)
    {
        var query = db.Offices.AsNoTracking();
        if (!scope.IsNational) query = query.Where(o => scope.OfficeIds.Contains(o.Id));
        if (regionId is not null) query = query.Where(o => o.RegionId == regionId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(o => EF.Functions.Like(o.Name, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "name");
        query = (IQueryable<Office>)(field switch
        {
            "size" => query.OrderBy(o => o.Size, desc).ThenBy(o => o.Name),
            "leadershipmodel" => query.OrderBy(o => o.LeadershipModel, desc).ThenBy(o => o.Name),
            _ => query.OrderBy(o => o.Name, desc),
        });
        return query.ToPageAsync(request, ct);
    }

    public Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct = default) =>
        db.Offices.AnyAsync(o => o.Name == name && o.Id != exceptId, ct);

    public Task<bool> HasPeopleAsync(Guid officeId, CancellationToken ct = default) => db.People.AnyAsync(p => p.OfficeId == officeId, ct);

    public async Task InsertAsync(Office office, CancellationToken ct = default) => await db.Offices.AddAsync(office, ct);

    public void Delete(Office office) => db.Offices.Remove(office);
}
