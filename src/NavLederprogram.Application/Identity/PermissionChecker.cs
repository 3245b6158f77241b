using NavLederprogram.Data;

namespace NavLederprogram.Identity;

/// <summary>Permission grants per role, cached on each node until a grant or role changes.</summary>
public sealed class PermissionChecker(IPermissionGrantRepository grants, IDataCache cache) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken ct = default)
    {
        var all = await GetAllAsync(ct);
        return roles.Any(r => all[r].Contains(permission));
    }

    public async Task<IReadOnlyList<string>> GetGrantedAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var all = await GetAllAsync(ct);
        return roles.SelectMany(r => all[r]).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private Task<ILookup<string, string>> GetAllAsync(CancellationToken ct) =>
        cache.GetOrLoadAsync(IdentityCaches.Permissions, "all",
            async c => (await grants.GetListAsync(c)).ToLookup(g => g.RoleName, g => g.PermissionName), ct);
}
