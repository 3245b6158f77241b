using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IMunicipalityRepository
{
    Task<Municipality?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Municipality>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>Every municipality's name by id: a country has a few hundred.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(CancellationToken ct = default);
    Task<Page<Municipality>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default);
    Task<Municipality?> FindByNumberAsync(string number, CancellationToken ct = default);
    Task<IReadOnlyList<Guid>> GetIdsInRegionsAsync(IReadOnlyCollection<Guid> regionIds, CancellationToken ct = default);
    Task<bool> NumberExistsAsync(string number, Guid? exceptId, CancellationToken ct = default);
    Task<bool> IsServedByAnOfficeAsync(Guid municipalityId, CancellationToken ct = default);
    Task InsertAsync(Municipality municipality, CancellationToken ct = default);
    void Delete(Municipality municipality);
}
