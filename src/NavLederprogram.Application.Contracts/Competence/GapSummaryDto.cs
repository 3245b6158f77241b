using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record GapSummaryDto(
    string ScopeName, StatusCountsDto Total, IReadOnlyList<GapRowDto> ByCompetence, IReadOnlyList<GapRowDto> ByJobRole,
    IReadOnlyList<GapRowDto> ByRequirement,
    /// <summary>Regions when the view is national, offices otherwise.</summary>
    IReadOnlyList<GapRowDto> ByUnit);
