using NavLederprogram.Competence;

namespace NavLederprogram.Reporting;

public interface IProgrammeDashboardAppService
{
    Task<ProgrammeDashboardDto> GetAsync(ProgrammeDashboardQuery query, CancellationToken ct);

    /// <summary>Every table of the dashboard: one CSV with the table in the first column, or a workbook with a sheet per table.</summary>
    Task<ExportFile> ExportAsync(ProgrammeDashboardQuery query, ExportFormat format, CancellationToken ct);
}
