using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>
/// What the caller's home page shows: one part per kind of work their roles do, each within what their permissions
/// and scope allow. A part the caller has no role for is null.
/// </summary>
public sealed record HomeDto(
    /// <summary>False when the user is not a person in the organisation: they have no programme or competence of their own.</summary>
    bool HasPersonProfile,
    HomeProgrammeDto? Programme,
    HomeCompetenceDto? Competence,
    HomeGapsDto? Gaps,
    HomeFacilitationDto? Facilitation,
    HomeEnrolmentsDto? Enrolments,
    HomeApprovalsDto? Approvals,
    HomeCohortsDto? Cohorts,
    HomeSystemDto? System);
