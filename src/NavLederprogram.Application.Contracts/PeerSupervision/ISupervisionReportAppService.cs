using NavLederprogram.Competence;

namespace NavLederprogram.PeerSupervision;

public interface ISupervisionReportAppService
{
    Task<SupervisionReportDto> GetAsync(SupervisionReportQuery query, CancellationToken ct);

    /// <summary>The same numbers as a file: one sheet (or CSV block) per region, group and office.</summary>
    Task<ExportFile> ExportAsync(SupervisionReportQuery query, ExportFormat format, CancellationToken ct);
}
