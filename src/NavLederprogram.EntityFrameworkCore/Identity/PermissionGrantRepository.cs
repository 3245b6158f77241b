using Microsoft.EntityFrameworkCore;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Identity;

public sealed class PermissionGrantRepository(NavLederprogramDbContext db) : IPermissionGrantRepository
{
    public async Task<IReadOnlyList<PermissionGrant>> GetListAsync(CancellationToken ct = default) =>
        await db.PermissionGrants.AsNoTracking().ToListAsync(ct);

    public async Task InsertAsync(PermissionGrant grant, CancellationToken ct = default) => await db.PermissionGrants.AddAsync(grant, ct);

    public async Task<bool> DeleteAsync(string roleName, string permissionName, CancellationToken ct = default)
    {
        var grant = await db.PermissionGrants.FirstOrDefaultAsync(g => g.RoleName == roleName && g.PermissionName == permissionName, ct);
        if (grant is null) return false;
        db.PermissionGrants.Remove(grant);
        return true;
    }
}
