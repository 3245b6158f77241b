using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Identity;

/// <summary>
/// The disabled users are few: their ids are read in one statement and kept on the node until any user changes, which every
/// node notices within its poll interval (<see cref="IDataCache"/>). So a request costs a set look-up, not a statement.
/// </summary>
public sealed class UserStatusQueries(NavLederprogramDbContext db, IDataCache cache) : IUserStatusQueries
{
    public async Task<bool> IsDisabledAsync(Guid userId, CancellationToken ct = default) =>
        (await cache.GetOrLoadAsync<IReadOnlySet<Guid>>(IdentityCaches.DisabledUsers, "all",
            async c => (await db.Users.Where(u => u.IsDisabled).Select(u => u.Id).ToListAsync(c)).ToHashSet(), ct)).Contains(userId);
}
