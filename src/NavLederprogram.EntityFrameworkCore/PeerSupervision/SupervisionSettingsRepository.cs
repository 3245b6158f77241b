using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisionSettingsRepository(NavLederprogramDbContext db) : ISupervisionSettingsRepository
{
    public Task<SupervisionSettings?> FindAsync(CancellationToken ct = default) =>
        db.Set<SupervisionSettings>().OrderBy(s => s.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertAsync(SupervisionSettings settings, CancellationToken ct = default) => await db.AddAsync(settings, ct);
}
