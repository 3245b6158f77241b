using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using NavLederprogram.Entities;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// Fills audit fields, turns deletes of audited aggregates into soft deletes, and makes the concurrency
/// stamp the caller sent the one the database must still hold (a stale stamp then fails the save).
/// </summary>
/// <remarks>
/// Linear in the size of the save: changes are detected once, the tracked entries are read once, and a child finds
/// its aggregate through an index by (entity type, id) instead of a scan of the change tracker.
/// </remarks>
public sealed class AuditingSaveChangesInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Apply(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Apply(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Apply(DbContext context)
    {
        var tracker = context.ChangeTracker;
        if (tracker.AutoDetectChangesEnabled) tracker.DetectChanges();
        // Every Entries() call and every state change would otherwise detect changes over the whole tracker again.
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            Apply(tracker.Entries().ToList());
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private void Apply(List<EntityEntry> entries)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        var aggregates = new Dictionary<(IEntityType Type, Guid Id), EntityEntry>();
        foreach (var entry in entries)
            if (entry.Entity is AuditedAggregateRoot root) aggregates.TryAdd((entry.Metadata, root.Id), entry);

        var softDeleted = new HashSet<EntityEntry>();
        foreach (var entry in aggregates.Values)
        {
            var root = (AuditedAggregateRoot)entry.Entity;
            switch (entry.State)
            {
                case EntityState.Added:
                    root.StampCreated(now, userId);
                    break;
                case EntityState.Modified:
                    RenewStamp(entry);
                    root.StampModified(now, userId);
                    break;
                case EntityState.Deleted:
                    entry.State = EntityState.Modified;
                    RenewStamp(entry);
                    root.StampDeleted(now, userId);
                    softDeleted.Add(entry);
                    break;
            }
        }

        // A soft-deleted aggregate keeps its owned parts (JSON documents), as it keeps its columns.
        if (softDeleted.Count > 0)
            foreach (var part in entries)
                if (part.State == EntityState.Deleted && part.Metadata.IsOwned() && FindOwners(aggregates, part).Any(softDeleted.Contains))
                    part.State = EntityState.Unchanged;

        // A change to an owned child (municipalities served, job roles held) is a change of its aggregate.
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditedAggregateRoot || entry.State is not (EntityState.Added or EntityState.Deleted or EntityState.Modified)) continue;
            foreach (var owner in FindOwners(aggregates, entry))
                Touch(owner, now, userId);
        }
    }

    private static IEnumerable<EntityEntry> FindOwners(Dictionary<(IEntityType Type, Guid Id), EntityEntry> aggregates, EntityEntry child)
    {
        // An owned type, however deeply nested (JSON documents), has its root's id as the first part of its key.
        if (child.Metadata.IsOwned())
        {
            var root = child.Metadata;
            while (root.FindOwnership() is { } ownership) root = ownership.PrincipalEntityType;
            if (child.Property(child.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue is Guid rootId
                && aggregates.TryGetValue((root, rootId), out var rootEntry))
                yield return rootEntry;
            yield break;
        }
        foreach (var fk in child.Metadata.GetForeignKeys())
        {
            if (fk.PrincipalToDependent is null || fk.Properties.Count != 1
                || !typeof(AuditedAggregateRoot).IsAssignableFrom(fk.PrincipalEntityType.ClrType)) continue;
            if (child.Property(fk.Properties[0].Name).CurrentValue is Guid id && aggregates.TryGetValue((fk.PrincipalEntityType, id), out var owner))
                yield return owner;
        }
    }

    private static void Touch(EntityEntry owner, DateTime now, Guid? userId)
    {
        if (owner.State != EntityState.Unchanged) return;
        owner.State = EntityState.Modified;
        RenewStamp(owner);
        ((AuditedAggregateRoot)owner.Entity).StampModified(now, userId);
    }

    private static void RenewStamp(EntityEntry entry)
    {
        var root = (AuditedAggregateRoot)entry.Entity;
        entry.Property(nameof(AuditedAggregateRoot.ConcurrencyStamp)).OriginalValue = root.ConcurrencyStamp;
        root.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
