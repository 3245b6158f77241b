using NavLederprogram.Competence;
using NavLederprogram.Paging;

namespace NavLederprogram.Audit;

/// <summary>The audit log viewer for system admins: read, filter and export; nothing changes an entry.</summary>
public interface IAuditLogAppService
{
    Task<PagedResult<AuditEntryDto>> GetListAsync(AuditEntryQuery query, CancellationToken ct);

    Task<AuditEntryDetailsDto> GetAsync(long sequence, CancellationToken ct);

    Task<AuditChainStatusDto> GetChainStatusAsync(CancellationToken ct);

    /// <summary>The entries the filters select, as CSV (at most <see cref="MaxExportRows"/>); the export is itself recorded.</summary>
    Task<ExportFile> ExportAsync(AuditEntryQuery query, CancellationToken ct);

    const int MaxExportRows = 50_000;
}
