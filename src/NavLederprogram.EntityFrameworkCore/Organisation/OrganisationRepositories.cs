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

public sealed class MunicipalityRepository(NavLederprogramDbContext db) : IMunicipalityRepository
{
    public Task<Municipality?> FindAsync(Guid id, CancellationToken ct = default) => db.Municipalities.FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<Municipality?> FindByNumberAsync(string number, CancellationToken ct = default) =>
        db.Municipalities.FirstOrDefaultAsync(m => m.Number == number, ct);

    public async Task<IReadOnlyList<Municipality>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Municipalities.Where(m => ids.Contains(m.Id)).ToListAsync(ct);

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

public sealed class OfficeRepository(NavLederprogramDbContext db) : IOfficeRepository
{
    public Task<Office?> FindAsync(Guid id, CancellationToken ct = default) => db.Offices.FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<IReadOnlyList<Office>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);

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

public sealed class PersonRepository(NavLederprogramDbContext db) : IPersonRepository
{
    public Task<Person?> FindAsync(Guid id, CancellationToken ct = default) => db.People.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Person?> FindByUserIdAsync(Guid userId, CancellationToken ct = default) => db.People.FirstOrDefaultAsync(p => p.UserId == userId, ct);

    public async Task<IReadOnlyList<Person>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    public Task<Page<Person>> GetPageAsync(PageRequest request, Guid? officeId, AccessScope scope, CancellationToken ct = default, IReadOnlyCollection<Guid>? jobRoleIds = null)
    {
        var query = db.People.AsNoTracking();
        if (!scope.IsNational) query = query.Where(p => scope.OfficeIds.Contains(p.OfficeId));
        if (officeId is not null) query = query.Where(p => p.OfficeId == officeId);
        if (jobRoleIds is not null) query = query.Where(p => p.JobRoles.Any(r => jobRoleIds.Contains(r.JobRoleId)));
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(p => EF.Functions.Like(p.FirstName, like, "\\") || EF.Functions.Like(p.LastName, like, "\\")
                || EF.Functions.Like(p.EmployeeNumber, like, "\\") || EF.Functions.Like(p.Email, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "lastname");
        query = (IQueryable<Person>)(field switch
        {
            "firstname" => query.OrderBy(p => p.FirstName, desc).ThenBy(p => p.LastName),
            "employeenumber" => query.OrderBy(p => p.EmployeeNumber, desc),
            "email" => query.OrderBy(p => p.Email, desc),
            "employer" => query.OrderBy(p => p.Employer, desc).ThenBy(p => p.LastName),
            _ => query.OrderBy(p => p.LastName, desc).ThenBy(p => p.FirstName),
        });
        return query.ToPageAsync(request, ct);
    }

    public Task<bool> EmployeeNumberExistsAsync(string employeeNumber, Guid? exceptId, CancellationToken ct = default) =>
        db.People.AnyAsync(p => p.EmployeeNumber == employeeNumber && p.Id != exceptId, ct);

    public async Task<IReadOnlyList<Person>> GetByEmployeeNumbersAsync(IReadOnlyCollection<string> employeeNumbers, CancellationToken ct = default)
    {
        var result = new List<Person>();
        // Chunked so that a large import stays under every provider's parameter limit.
        foreach (var chunk in employeeNumbers.Chunk(500))
            result.AddRange(await db.People.Where(p => chunk.Contains(p.EmployeeNumber)).ToListAsync(ct));
        return result;
    }

    public Task<int> CountAsync(CancellationToken ct = default) => db.People.CountAsync(ct);

    public async Task InsertAsync(Person person, CancellationToken ct = default) => await db.People.AddAsync(person, ct);

    public void Delete(Person person) => db.People.Remove(person);
}

public sealed class JobRoleRepository(NavLederprogramDbContext db) : IJobRoleRepository
{
    public async Task<IReadOnlyList<JobRole>> GetAllAsync(CancellationToken ct = default) => await db.JobRoles.OrderBy(r => r.SortOrder).ToListAsync(ct);

    public async Task InsertAsync(JobRole jobRole, CancellationToken ct = default) => await db.JobRoles.AddAsync(jobRole, ct);
}
