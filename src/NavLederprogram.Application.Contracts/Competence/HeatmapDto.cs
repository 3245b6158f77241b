using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record HeatmapDto(IReadOnlyList<NamedReference> Competences, IReadOnlyList<HeatmapRowDto> Rows);
