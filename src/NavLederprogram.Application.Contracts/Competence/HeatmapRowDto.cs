using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record HeatmapRowDto(Guid OfficeId, string OfficeName, Guid RegionId, string RegionName, IReadOnlyList<HeatmapCellDto> Cells);
