using NavLederprogram.Organisation;

namespace NavLederprogram.Reporting;

/// <summary>
/// Narrows the programme dashboard to a programme or one of its cohorts, a region, an employer (state or municipal) and a period
/// (days in Oslo, both included); always within the viewer's scope.
/// </summary>
public sealed record ProgrammeDashboardQuery(
    Guid? ProgrammeId = null,
    Guid? CohortId = null,
    Guid? RegionId = null,
    Employer? Employer = null,
    DateOnly? From = null,
    DateOnly? To = null);
