using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>The caller's own competence: the counts of their mandatory requirements and what to work on first.</summary>
public sealed record HomeCompetenceDto(StatusCountsDto Summary, IReadOnlyList<RequirementStatusDto> Next);
