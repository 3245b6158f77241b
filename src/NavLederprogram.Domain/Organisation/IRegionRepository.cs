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
