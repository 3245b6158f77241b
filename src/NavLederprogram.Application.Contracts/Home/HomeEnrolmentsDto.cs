using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>Enrolment in the caller's scope: cohorts open for enrolment or with requests awaiting a decision.</summary>
public sealed record HomeEnrolmentsDto(int Pending, int Waitlisted, IReadOnlyList<HomeCohortDto> Cohorts);
