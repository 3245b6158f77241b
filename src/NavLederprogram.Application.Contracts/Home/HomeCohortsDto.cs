using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>The state of the cohorts in the caller's scope.</summary>
public sealed record HomeCohortsDto(IReadOnlyList<HomeStatusCountDto> ByStatus, IReadOnlyList<HomeCohortDto> Current);
