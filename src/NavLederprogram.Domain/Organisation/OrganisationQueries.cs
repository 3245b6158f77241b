using System.Collections.Frozen;
using NavLederprogram.Data;
using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class OrganisationQueries(
    IPersonRepository people,
    IOfficeRepository offices,
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IJobRoleRepository jobRoles,
    IDataCache cache)
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
        officeIds.Count == 0 ? new Dictionary<Guid, string>() : await offices.GetNamesAsync(officeIds, ct);

    public Task<IReadOnlyDictionary<Guid, string>> GetRegionNamesAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<Guid, string>>(OrganisationCaches.Reference, "region-names", async c =>
            (await regions.GetAllAsync(c)).ToFrozenDictionary(r => r.Id, r => r.Name), ct);

    public async Task<string?> FindRegionNameAsync(Guid regionId, CancellationToken ct = default) =>
        (await GetRegionNamesAsync(ct)).GetValueOrDefault(regionId);

    public Task<IReadOnlyDictionary<Guid, string>> GetMunicipalityNamesAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<Guid, string>>(OrganisationCaches.Reference, "municipality-names", async c =>
            (await municipalities.GetNamesAsync(c)).ToFrozenDictionary(), ct);

    public async Task<string?> FindMunicipalityNameAsync(Guid municipalityId, CancellationToken ct = default) =>
        (await GetMunicipalityNamesAsync(ct)).GetValueOrDefault(municipalityId);

    public async Task<OrganisationCounts> CountAsync(AccessScope scope, CancellationToken ct = default)
    {
        var one = new PageRequest(null, null, 0, 1);
        return new OrganisationCounts(
            (await regions.GetPageAsync(one, scope, ct)).TotalCount,
            (await municipalities.GetPageAsync(one, null, scope, ct)).TotalCount,
            (await offices.GetPageAsync(one, null, scope, ct)).TotalCount,
            (await people.GetPageAsync(one, null, scope, ct)).TotalCount);
    }

    public Task<IReadOnlyList<JobRoleCard>> GetJobRolesAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<JobRoleCard>>(OrganisationCaches.Reference, "job-roles", async c =>
            (await jobRoles.GetAllAsync(c))
                .Select(r => new JobRoleCard(r.Id, r.Code, r.IsLeaderRole, r.SortOrder, r.NameKey)).ToArray(), ct);
}
