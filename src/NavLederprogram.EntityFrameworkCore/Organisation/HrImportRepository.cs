using Microsoft.EntityFrameworkCore;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class HrImportRepository(NavLederprogramDbContext db) : IHrImportRepository
{
    private DbSet<HrImport> Imports => db.Set<HrImport>();

    public async Task InsertAsync(HrImport import, CancellationToken ct = default) => await Imports.AddAsync(import, ct);

    public Task<HrImport?> FindAsync(Guid id, CancellationToken ct = default) => Imports.FirstOrDefaultAsync(i => i.Id == id, ct);

    public Task<HrImportCard?> FindCardAsync(Guid id, CancellationToken ct = default) =>
        Imports.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new HrImportCard(i.Id, i.Submitter, i.State, i.TotalRows, i.ValidRows, i.ToCreate, i.ToUpdate,
                new HrImportProgress(i.RowsDone, i.Created, i.Updated, i.Unchanged), i.Failure))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Guid>> GetUnfinishedAsync(CancellationToken ct = default) =>
        await Imports.AsNoTracking().Where(i => i.State == HrImportState.Queued || i.State == HrImportState.Running)
            .OrderBy(i => i.CreationTime).Select(i => i.Id).ToListAsync(ct);

    public Task ReportProgressAsync(Guid id, HrImportProgress progress, CancellationToken ct = default) =>
        Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.RowsDone, progress.RowsDone)
            .SetProperty(i => i.Created, progress.Created)
            .SetProperty(i => i.Updated, progress.Updated)
            .SetProperty(i => i.Unchanged, progress.Unchanged), ct);
}
