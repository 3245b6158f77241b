using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IProgrammeAppService
{
    Task<IReadOnlyList<ProgrammeVersionSummaryDto>> GetVersionsAsync(CancellationToken ct);
    Task<ProgrammeVersionDto> GetVersionAsync(Guid id, CancellationToken ct);
    Task<ProgrammeVersionDto> CreateVersionAsync(CreateVersionInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> UpdateVersionAsync(Guid id, SaveVersionInput input, CancellationToken ct);
    Task DeleteVersionAsync(Guid id, CancellationToken ct);
    Task<ProgrammeVersionDto> AddModuleAsync(Guid id, SaveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> UpdateModuleAsync(Guid id, Guid moduleId, SaveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> DeleteModuleAsync(Guid id, Guid moduleId, ConcurrencyInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> MoveModuleAsync(Guid id, Guid moduleId, MoveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> ApproveAsync(Guid id, ConcurrencyInput input, CancellationToken ct);
}
