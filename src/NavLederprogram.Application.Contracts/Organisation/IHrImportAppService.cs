using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>
/// HR import from CSV: a dry run that reports every bad row, and a commit that accepts a file without errors and leaves
/// the writing to a background job, whose progress the sender follows.
/// </summary>
public interface IHrImportAppService
{
    /// <summary>Largest file accepted, in bytes.</summary>
    const long MaxFileSize = 5 * 1024 * 1024;

    Task<HrImportResult> PreviewAsync(Stream csv, CancellationToken ct);
    /// <summary>Checks the file as the preview does; a file without errors is queued for the import job.</summary>
    Task<HrImportStatus> CommitAsync(Stream csv, CancellationToken ct);
    /// <summary>An import the caller sent: its state, progress and outcome.</summary>
    Task<HrImportStatus> GetAsync(Guid id, CancellationToken ct);
}
