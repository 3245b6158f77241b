namespace NavLederprogram.Organisation;

public interface IHrImportRepository
{
    Task InsertAsync(HrImport import, CancellationToken ct = default);
    Task<HrImport?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The import as its sender follows it, without its rows.</summary>
    Task<HrImportCard?> FindCardAsync(Guid id, CancellationToken ct = default);
    /// <summary>Imports not finished yet (queued, or cut off while running), oldest first.</summary>
    Task<IReadOnlyList<Guid>> GetUnfinishedAsync(CancellationToken ct = default);
    /// <summary>Records how far the import has come, in the transaction of the batch it has just written.</summary>
    Task ReportProgressAsync(Guid id, HrImportProgress progress, CancellationToken ct = default);
}
