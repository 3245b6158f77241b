using Microsoft.EntityFrameworkCore;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Audit;

/// <summary>
/// Data keys read and made inside the save being recorded: a new key is added to that save rather than written on a connection
/// of its own, which would wait on the lock the save's transaction holds (SQLite) or outlive a save that fails.
/// </summary>
internal sealed class SaveKeyStore(NavLederprogramDbContext db) : IPrivateTextKeyStore
{
    private readonly Dictionary<Guid, PrivateTextKey?> _keys = [];

    /// <summary>Reads the keys of all the save's subjects in one query.</summary>
    public async Task LoadAsync(IReadOnlyCollection<Guid> owners, CancellationToken ct)
    {
        if (owners.Count == 0) return;
        foreach (var owner in owners) _keys[owner] = null;
        var added = db.ChangeTracker.Entries<PrivateTextKey>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        foreach (var key in added) _keys[key.PersonId] = key;
        var stored = await db.Set<PrivateTextKey>().AsNoTracking().Where(k => owners.Contains(k.PersonId)).ToListAsync(ct);
        foreach (var key in stored) _keys[key.PersonId] = key;
    }

    public Task<PrivateTextKey?> FindAsync(Guid personId, CancellationToken ct) => Task.FromResult(_keys.GetValueOrDefault(personId));

    public Task<PrivateTextKey> AddOrGetAsync(PrivateTextKey key, CancellationToken ct)
    {
        db.Add(key);
        _keys[key.PersonId] = key;
        return Task.FromResult(key);
    }

    public Task<bool> DeleteAsync(Guid personId, CancellationToken ct) => throw new NotSupportedException("Keys are not deleted while recording a save.");
}
