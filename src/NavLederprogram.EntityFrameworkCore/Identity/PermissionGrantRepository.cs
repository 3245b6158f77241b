using Microsoft.EntityFrameworkCore;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Identity;

public sealed class PermissionGrantRepository(NavLederprogramDbContext db) : IPermissionGrantRepository
{
    public async Task<IReadOnlyList<PermissionGrant>> GetListAsync(CancellationToken ct = default) =>
        await db.PermissionGrants.AsNoTracking().ToListAsync(ct);

    public async Task InsertAsync(PermissionGrant grant, CancellationToken ct = default) => await db.PermissionGrants.AddAsync(grant, ct);
}
