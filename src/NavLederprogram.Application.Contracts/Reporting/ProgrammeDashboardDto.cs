namespace NavLederprogram.Reporting;

/// <summary>
/// The programme dashboard in the viewer's scope: enrolments in total and per cohort, region and employer, the partnership
/// view, e-learning per course, supervision activity, evaluation summaries; with what the viewer may narrow it to. Rows sorted by name.
/// </summary>
public sealed record ProgrammeDashboardDto
{
    public required string ScopeName { get; init; }
    public required ProgrammeCountsDto Total { get; init; }
    public required IReadOnlyList<ProgrammeRowDto> ByCohort { get; init; }
    public required IReadOnlyList<ProgrammeRowDto> ByRegion { get; init; }
    public required IReadOnlyList<ProgrammeRowDto> ByEmployer { get; init; }
    public required IReadOnlyList<PartnershipRowDto> Partnership { get; init; }
    public required IReadOnlyList<CourseReportRowDto> Courses { get; init; }
    public required SupervisionSummaryDto Supervision { get; init; }
    public required IReadOnlyList<EvaluationSummaryRowDto> Evaluations { get; init; }
    public required IReadOnlyList<ReportOptionDto> Programmes { get; init; }
    public required IReadOnlyList<ReportOptionDto> Cohorts { get; init; }
    public required IReadOnlyList<ReportOptionDto> Regions { get; init; }
}
