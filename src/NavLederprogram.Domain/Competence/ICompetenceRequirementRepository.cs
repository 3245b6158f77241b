using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceRequirementRepository
{
    Task<CompetenceRequirement?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Page<CompetenceRequirement>> GetPageAsync(PageRequest request, Guid? jobRoleId, Guid? competenceAreaId, CancellationToken ct = default);
    /// <summary>Every requirement with its versions: a few hundred at most, read whole by the status calculator.</summary>
    Task<IReadOnlyList<CompetenceRequirement>> GetAllAsync(CancellationToken ct = default);
    Task<bool> ExistsAsync(Guid jobRoleId, Guid competenceAreaId, Guid? regionId, Guid? officeId, Guid? exceptId, CancellationToken ct = default);
    Task InsertAsync(CompetenceRequirement requirement, CancellationToken ct = default);
    void Delete(CompetenceRequirement requirement);
}
