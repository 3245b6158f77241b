using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IOfficeRepository
{
    Task<Office?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Office>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Office>> GetAllAsync(CancellationToken ct = default);
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>Offices in any of the regions, serving any of the municipalities, or named directly.</summary>
    Task<IReadOnlyList<Office>> GetInScopeAsync(IReadOnlyCollection<Guid> regionIds, IReadOnlyCollection<Guid> municipalityIds, IReadOnlyCollection<Guid> officeIds, CancellationToken ct = default);
    Task<Page<Office>> GetPageAsync(PageRequest request, Guid? regionId, AccessScope scope, CancellationToken ct = default);
    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct = default);
    Task<bool> HasPeopleAsync(Guid officeId, CancellationToken ct = default);
    Task InsertAsync(Office office, CancellationToken ct = default);
    void Delete(Office office);
}
