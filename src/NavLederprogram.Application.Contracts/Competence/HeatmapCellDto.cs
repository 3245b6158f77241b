using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record HeatmapCellDto(Guid CompetenceAreaId, int Total, int Covered, double Coverage);
