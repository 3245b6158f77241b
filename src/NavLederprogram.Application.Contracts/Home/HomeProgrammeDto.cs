using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>The caller's own participation: their active enrolments, the next gathering and deadlines of each.</summary>
public sealed record HomeProgrammeDto(IReadOnlyList<HomeMyCohortDto> Cohorts);
