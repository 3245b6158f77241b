using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceProfileAppService
{
    Task<CompetenceProfileDto> GetMineAsync(CancellationToken ct);
    Task<CompetenceProfileDto> GetAsync(Guid personId, CancellationToken ct);
}
