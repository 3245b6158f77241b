using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>HR import from CSV: a dry run that reports every bad row, and an all-or-nothing commit.</summary>
public interface IHrImportAppService
{
    /// <summary>Largest file accepted, in bytes.</summary>
    const long MaxFileSize = 5 * 1024 * 1024;

    Task<HrImportResult> PreviewAsync(Stream csv, CancellationToken ct);
    Task<HrImportResult> CommitAsync(Stream csv, CancellationToken ct);
}
