using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

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
