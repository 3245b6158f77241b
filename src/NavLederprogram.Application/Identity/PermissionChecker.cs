using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Organisation;

namespace NavLederprogram.Identity;

/// <summary>Permission grants per role, cached briefly so that every request does not read the grant table.</summary>
public sealed class PermissionChecker(IPermissionGrantRepository grants, IMemoryCache cache) : IPermissionChecker
{
    private const string CacheKey = "permission-grants";

    public async Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken ct = default) =>
        (await GetGrantedAsync(roles, ct)).Contains(permission);

    public async Task<IReadOnlyList<string>> GetGrantedAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var all = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return (await grants.GetListAsync(ct)).ToLookup(g => g.RoleName, g => g.PermissionName);
        });
        return roles.SelectMany(r => all![r]).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
