using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>
/// Offices, regions and job roles as other modules read them. Region and municipality names and the job roles are cached on
/// each node until they change, so they cost no statement on a warm node.
/// </summary>
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
    /// <summary>Every municipality by id: a country has a few hundred.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetMunicipalityNamesAsync(CancellationToken ct = default);
    Task<IReadOnlyList<JobRoleCard>> GetJobRolesAsync(CancellationToken ct = default);
    Task<OrganisationCounts> CountAsync(AccessScope scope, CancellationToken ct = default);
}
