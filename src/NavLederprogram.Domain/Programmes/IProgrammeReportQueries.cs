namespace NavLederprogram.Programmes;

/// <summary>
/// Enrolment counts for the programme dashboard, grouped in the database: a fixed number of statements whatever the number
/// of cohorts and participants. Only numbers and the names the module owns (programmes, cohorts) leave it.
/// </summary>
[ModuleContract]
public interface IProgrammeReportQueries
{
    Task<ProgrammeReportCounts> CountAsync(ProgrammeReportFilter filter, CancellationToken ct);
}
