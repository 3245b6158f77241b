using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>What other modules know of a person: who they are, where they work and which job roles they hold.</summary>
[ModuleContract]
public sealed record PersonCard(Guid Id, Guid? UserId, string EmployeeNumber, string FirstName, string LastName, string Email, Guid OfficeId,
    IReadOnlyList<PersonJobRoleCard> JobRoles)
{
    public string FullName => $"{FirstName} {LastName}";

    public static PersonCard Of(Person p) => new(p.Id, p.UserId, p.EmployeeNumber, p.FirstName, p.LastName, p.Email, p.OfficeId,
        p.JobRoles.Select(r => new PersonJobRoleCard(r.JobRoleId, r.StartDate)).ToList());
}

[ModuleContract]
public sealed record PersonJobRoleCard(Guid JobRoleId, DateOnly StartDate);

[ModuleContract]
public sealed record JobRoleCard(Guid Id, string Code, bool IsLeaderRole, int SortOrder, string NameKey);

/// <summary>An office with the region and municipalities it serves, for scopes.</summary>
/// <summary>How many regions, municipalities, offices and people a scope covers.</summary>
[ModuleContract]
public sealed record OrganisationCounts(int Regions, int Municipalities, int Offices, int People);

[ModuleContract]
public sealed record OfficeCard(Guid Id, string Name, Guid RegionId, IReadOnlyList<Guid> MunicipalityIds);

/// <summary>The people register as other modules read it. Lists take id sets, so that a page of rows costs one query.</summary>
[ModuleContract]
public interface IPersonDirectory
{
    Task<PersonCard?> FindAsync(Guid personId, CancellationToken ct = default);
    Task<PersonCard?> FindByUserIdAsync(Guid userId, CancellationToken ct = default);
    Task<IReadOnlyList<PersonCard>> GetListAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);
    /// <summary>People in the scope, only those holding one of <paramref name="jobRoleIds"/> when given.</summary>
    Task<Page<PersonCard>> GetPageAsync(PageRequest request, AccessScope scope, IReadOnlyCollection<Guid>? jobRoleIds, CancellationToken ct = default);
}

/// <summary>The signed-in user's person, read once per request; null for a user not linked to a person in the register.</summary>
[ModuleContract]
public interface ICurrentPerson
{
    Task<PersonCard?> GetAsync(CancellationToken ct);

    /// <summary>The person, or a conflict explaining that the user has no person profile.</summary>
    async Task<PersonCard> GetOrThrowAsync(CancellationToken ct) =>
        await GetAsync(ct) ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
}

/// <summary>Offices, regions and job roles as other modules read them.</summary>
[ModuleContract]
public interface IOrganisationQueries
{
    Task<OfficeCard?> FindOfficeAsync(Guid officeId, CancellationToken ct = default);
    /// <summary>Every office by id: a few hundred, for reports over the whole country.</summary>
    Task<IReadOnlyDictionary<Guid, OfficeCard>> GetOfficesAsync(CancellationToken ct = default);
    Task<IReadOnlyDictionary<Guid, string>> GetOfficeNamesAsync(IReadOnlyCollection<Guid> officeIds, CancellationToken ct = default);
    /// <summary>Every region by id: a country has a dozen.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetRegionNamesAsync(CancellationToken ct = default);
    Task<string?> FindRegionNameAsync(Guid regionId, CancellationToken ct = default);
    Task<string?> FindMunicipalityNameAsync(Guid municipalityId, CancellationToken ct = default);
    Task<IReadOnlyList<JobRoleCard>> GetJobRolesAsync(CancellationToken ct = default);
    Task<OrganisationCounts> CountAsync(AccessScope scope, CancellationToken ct = default);
}

public sealed class OrganisationQueries(
    IPersonRepository people,
    IOfficeRepository offices,
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IJobRoleRepository jobRoles)
    : IPersonDirectory, IOrganisationQueries
{
    public async Task<PersonCard?> FindAsync(Guid personId, CancellationToken ct = default) =>
        await people.FindAsync(personId, ct) is { } p ? PersonCard.Of(p) : null;

    public async Task<PersonCard?> FindByUserIdAsync(Guid userId, CancellationToken ct = default) =>
        await people.FindByUserIdAsync(userId, ct) is { } p ? PersonCard.Of(p) : null;

    public async Task<IReadOnlyList<PersonCard>> GetListAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default) =>
        personIds.Count == 0 ? [] : (await people.GetListAsync(personIds, ct)).Select(PersonCard.Of).ToList();

    public async Task<Page<PersonCard>> GetPageAsync(PageRequest request, AccessScope scope, IReadOnlyCollection<Guid>? jobRoleIds, CancellationToken ct = default)
    {
        var page = await people.GetPageAsync(request, null, scope, ct, jobRoleIds);
        return new Page<PersonCard>(page.TotalCount, page.Items.Select(PersonCard.Of).ToList());
    }

    public async Task<OfficeCard?> FindOfficeAsync(Guid officeId, CancellationToken ct = default) =>
        await offices.FindAsync(officeId, ct) is { } o ? CardOf(o) : null;

    public async Task<IReadOnlyDictionary<Guid, OfficeCard>> GetOfficesAsync(CancellationToken ct = default) =>
        (await offices.GetAllAsync(ct)).ToDictionary(o => o.Id, CardOf);

    private static OfficeCard CardOf(Office o) => new(o.Id, o.Name, o.RegionId, o.Municipalities.Select(m => m.MunicipalityId).ToList());

    public async Task<IReadOnlyDictionary<Guid, string>> GetOfficeNamesAsync(IReadOnlyCollection<Guid> officeIds, CancellationToken ct = default) =>
        officeIds.Count == 0 ? new Dictionary<Guid, string>() : (await offices.GetListAsync(officeIds, ct)).ToDictionary(o => o.Id, o => o.Name);

    public async Task<IReadOnlyDictionary<Guid, string>> GetRegionNamesAsync(CancellationToken ct = default) =>
        (await regions.GetAllAsync(ct)).ToDictionary(r => r.Id, r => r.Name);

    public async Task<string?> FindRegionNameAsync(Guid regionId, CancellationToken ct = default) => (await regions.FindAsync(regionId, ct))?.Name;

    public async Task<string?> FindMunicipalityNameAsync(Guid municipalityId, CancellationToken ct = default) =>
        (await municipalities.FindAsync(municipalityId, ct))?.Name;

    public async Task<OrganisationCounts> CountAsync(AccessScope scope, CancellationToken ct = default)
    {
        var one = new PageRequest(null, null, 0, 1);
        return new OrganisationCounts(
            (await regions.GetPageAsync(one, scope, ct)).TotalCount,
            (await municipalities.GetPageAsync(one, null, scope, ct)).TotalCount,
            (await offices.GetPageAsync(one, null, scope, ct)).TotalCount,
            (await people.GetPageAsync(one, null, scope, ct)).TotalCount);
    }

    public async Task<IReadOnlyList<JobRoleCard>> GetJobRolesAsync(CancellationToken ct = default) =>
        (await jobRoles.GetAllAsync(ct)).Select(r => new JobRoleCard(r.Id, r.Code, r.IsLeaderRole, r.SortOrder, r.NameKey)).ToList();
}
