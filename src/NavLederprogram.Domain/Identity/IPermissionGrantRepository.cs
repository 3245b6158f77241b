using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public interface IPermissionGrantRepository
{
    Task<IReadOnlyList<PermissionGrant>> GetListAsync(CancellationToken ct = default);
    Task InsertAsync(PermissionGrant grant, CancellationToken ct = default);
    /// <summary>Removes the grant, if there is one; saved with the unit of work.</summary>
    Task<bool> DeleteAsync(string roleName, string permissionName, CancellationToken ct = default);
}
