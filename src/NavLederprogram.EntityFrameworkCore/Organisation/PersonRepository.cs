using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class PersonRepository(NavLederprogramDbContext db) : IPersonRepository
{
    public Task<Person?> FindAsync(Guid id, CancellationToken ct = default) => db.People.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Person?> FindByUserIdAsync(Guid userId, CancellationToken ct = default) =>
        db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);

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

    public async Task<IReadOnlyList<Person>> ReadByEmployeeNumbersAsync(IReadOnlyCollection<string> employeeNumbers, CancellationToken ct = default)
    {
        var result = new List<Person>(employeeNumbers.Count);
        foreach (var chunk in employeeNumbers.Chunk(500))
            result.AddRange(await db.People.AsNoTracking().Where(p => chunk.Contains(p.EmployeeNumber)).ToListAsync(ct));
        return result;
    }

    public Task<int> CountAsync(CancellationToken ct = default) => db.People.CountAsync(ct);

    public async Task InsertAsync(Person person, CancellationToken ct = default) => await db.People.AddAsync(person, ct);

    public void Delete(Person person) => db.People.Remove(person);
}
