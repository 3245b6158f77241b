using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IRegionRepository
{
    Task<Region?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Region>> GetAllAsync(CancellationToken ct = default);
    Task<Page<Region>> GetPageAsync(PageRequest request, AccessScope scope, CancellationToken ct = default);
    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct = default);
    Task<bool> HasMunicipalitiesAsync(Guid regionId, CancellationToken ct = default);
    Task InsertAsync(Region region, CancellationToken ct = default);
    void Delete(Region region);
}

public interface IMunicipalityRepository
{
    Task<Municipality?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Municipality>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<Page<Municipality>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default);
    Task<Municipality?> FindByNumberAsync(string number, CancellationToken ct = default);
    Task<IReadOnlyList<Guid>> GetIdsInRegionsAsync(IReadOnlyCollection<Guid> regionIds, CancellationToken ct = default);
    Task<bool> NumberExistsAsync(string number, Guid? exceptId, CancellationToken ct = default);
    Task<bool> IsServedByAnOfficeAsync(Guid municipalityId, CancellationToken ct = default);
    Task InsertAsync(Municipality municipality, CancellationToken ct = default);
    void Delete(Municipality municipality);
}

public interface IOfficeRepository
{
    Task<Office?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Office>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Office>> GetAllAsync(CancellationToken ct = default);
    /// <summary>Offices in any of the regions, serving any of the municipalities, or named directly.</summary>
    Task<IReadOnlyList<Office>> GetInScopeAsync(IReadOnlyCollection<Guid> regionIds, IReadOnlyCollection<Guid> municipalityIds, IReadOnlyCollection<Guid> officeIds, CancellationToken ct = default);
    Task<Page<Office>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default);
    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct = default);
    Task<bool> HasPeopleAsync(Guid officeId, CancellationToken ct = default);
    Task InsertAsync(Office office, CancellationToken ct = default);
    void Delete(Office office);
}

public interface IPersonRepository
{
    Task<Person?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Person?> FindByUserIdAsync(Guid userId, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>People in the scope, optionally of one office and only those holding one of <paramref name="jobRoleIds"/>.</summary>
    Task<Page<Person>> GetPageAsync(PageRequest request, Guid? officeId, AccessScope scope, CancellationToken ct = default, IReadOnlyCollection<Guid>? jobRoleIds = null);
    Task<bool> EmployeeNumberExistsAsync(string employeeNumber, Guid? exceptId, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> GetByEmployeeNumbersAsync(IReadOnlyCollection<string> employeeNumbers, CancellationToken ct = default);
    Task<int> CountAsync(CancellationToken ct = default);
    Task InsertAsync(Person person, CancellationToken ct = default);
    void Delete(Person person);
}

public interface IJobRoleRepository
{
    Task<IReadOnlyList<JobRole>> GetAllAsync(CancellationToken ct = default);
    Task InsertAsync(JobRole jobRole, CancellationToken ct = default);
}
