using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeFacilitationDto(IReadOnlyList<HomeFacilitatedCohortDto> Cohorts, int AwaitingAssessment);
