using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// Every save that changes a cached kind's entities appends a <see cref="CacheChange"/> row for the kind in the same
/// transaction, so other nodes see the change when, and only when, it commits. This node drops the kind after the save and
/// again when the transaction ends: a value read inside the transaction, or before a rollback, is not kept.
/// Changes made around the DbContext (ExecuteUpdate, raw SQL) are not seen; cached kinds are not written that way. A
/// transaction must end by commit or rollback (as <see cref="EfUnitOfWork"/>'s do): one merely disposed raises no event.
/// </summary>
public sealed class CacheChangeInterceptor(CacheKindMap map, CacheStampMonitor monitor, TimeProvider clock)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // The kinds a context's open transaction has changed, dropped again when it ends.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        if (context is null || map.IsEmpty) return;
        HashSet<string>? kinds = null;
        // The auditing interceptor, registered before this one, has just detected the save's changes: detecting them again
        // over every tracked entity would make a large save pay twice.
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
                foreach (var kind in map.KindsOf(entry)) (kinds ??= []).Add(kind);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
        if (kinds is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var kind in kinds) context.Add(new CacheChange(kind, now, monitor.Node));
        var pending = _pending.GetOrCreateValue(context);
        lock (pending) pending.UnionWith(kinds);
    }

    /// <summary>Drops the kinds at once; inside a transaction they stay pending until it ends.</summary>
    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        if (context.Database.CurrentTransaction is null) Ended(context);
        else
            lock (pending)
                foreach (var kind in pending) monitor.Invalidate(kind);
    }

    private void Ended(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        string[] kinds;
        lock (pending)
        {
            kinds = [.. pending];
            pending.Clear();
        }
        foreach (var kind in kinds) monitor.Invalidate(kind);
    }
}
