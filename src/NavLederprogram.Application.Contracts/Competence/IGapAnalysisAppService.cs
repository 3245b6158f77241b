using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Gap analysis for an office, a region or the whole country, limited to the viewer's scope.</summary>
public interface IGapAnalysisAppService
{
    Task<GapSummaryDto> GetSummaryAsync(GapQuery query, CancellationToken ct);
    Task<HeatmapDto> GetHeatmapAsync(GapQuery query, CancellationToken ct);
    Task<PagedResult<GapPersonDto>> GetPeopleAsync(GapPeopleQuery query, CancellationToken ct);
    Task<ExportFile> ExportAsync(GapPeopleQuery query, ExportFormat format, CancellationToken ct);
}
