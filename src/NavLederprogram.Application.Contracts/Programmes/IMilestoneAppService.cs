using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IMilestoneAppService
{
    Task<IReadOnlyList<MilestoneDto>> GetAsync(Guid cohortId, CancellationToken ct);
    /// <summary>Runs a milestone now, as the scheduler would; running it again changes nothing.</summary>
    Task<MilestoneDto> RunAsync(Guid cohortId, string key, CancellationToken ct);
}
