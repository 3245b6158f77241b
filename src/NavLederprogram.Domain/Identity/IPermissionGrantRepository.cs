using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public interface IPermissionGrantRepository
{
    Task<IReadOnlyList<PermissionGrant>> GetListAsync(CancellationToken ct = default);
    Task InsertAsync(PermissionGrant grant, CancellationToken ct = default);
}
