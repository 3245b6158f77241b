using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Privacy;

/// <summary>
/// Writes data keys in a context of their own, so that a new key is stored at once and not with (or lost with) the caller's
/// unit of work: a text protected under a key must never outlive the key's row. The wrapped keys are cached like other
/// seldom-changed data (they are useless without the key-encryption key); a deleted key leaves every node's cache at once.
/// </summary>
public sealed class PrivateTextKeyStore(IDbContextFactory<NavLederprogramDbContext> contexts, IDataCache cache) : IPrivateTextKeyStore
{
    public const string CacheKind = "Privacy.DataKeys";

    public Task<PrivateTextKey?> FindAsync(Guid personId, CancellationToken ct) =>
        cache.GetOrLoadAsync(CacheKind, personId.ToString("N"), c => ReadAsync(personId, c), ct);

    private async Task<PrivateTextKey?> ReadAsync(Guid personId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<PrivateTextKey>().AsNoTracking().FirstOrDefaultAsync(k => k.PersonId == personId, ct);
    }

    public async Task<PrivateTextKey> AddOrGetAsync(PrivateTextKey key, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Add(key);
            try
            {
                await db.SaveChangesAsync(ct);
                return key;
            }
            catch (DbUpdateException)
            {
                // Another request made the person's first key at the same moment: theirs is the one.
            }
        }
        return await ReadAsync(key.PersonId, ct) ?? throw new InvalidOperationException("The data key could neither be stored nor read.");
    }

    public async Task<bool> DeleteAsync(Guid personId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Through the change tracker, not a bulk delete, so that the cache change is recorded for every node.
        var key = await db.Set<PrivateTextKey>().FirstOrDefaultAsync(k => k.PersonId == personId, ct);
        if (key is null) return false;
        db.Remove(key);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
