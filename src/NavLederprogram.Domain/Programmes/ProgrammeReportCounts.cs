namespace NavLederprogram.Programmes;

/// <summary>The cohorts the filter covers (before it narrows to one cohort) and their enrolments counted per office and employer.</summary>
[ModuleContract]
public sealed record ProgrammeReportCounts(IReadOnlyList<ReportCohort> Cohorts, IReadOnlyList<EnrolmentReportCount> Enrolments);
