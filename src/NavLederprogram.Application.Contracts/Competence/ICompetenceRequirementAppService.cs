using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Role requirements with dated versions: a change adds a version, it never edits one.</summary>
public interface ICompetenceRequirementAppService
{
    Task<PagedResult<CompetenceRequirementDto>> GetListAsync(RequirementQuery query, CancellationToken ct);
    Task<CompetenceRequirementDto> GetAsync(Guid id, CancellationToken ct);
    Task<CompetenceRequirementDto> CreateAsync(CreateRequirementInput input, CancellationToken ct);
    Task<CompetenceRequirementDto> ChangeAsync(Guid id, ChangeRequirementInput input, CancellationToken ct);
    Task<CompetenceRequirementDto> RetireAsync(Guid id, RetireRequirementInput input, CancellationToken ct);
}
