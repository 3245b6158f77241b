using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NavLederprogram.Entities;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// Fills audit fields, turns deletes of audited aggregates into soft deletes, and makes the concurrency
/// stamp the caller sent the one the database must still hold (a stale stamp then fails the save).
/// </summary>
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
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        foreach (var entry in context.ChangeTracker.Entries<AuditedAggregateRoot>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.StampCreated(now, userId);
                    break;
                case EntityState.Modified:
                    RenewStamp(entry);
                    entry.Entity.StampModified(now, userId);
                    break;
                case EntityState.Deleted:
                    entry.State = EntityState.Modified;
                    RenewStamp(entry);
                    entry.Entity.StampDeleted(now, userId);
                    KeepOwnedParts(context, entry);
                    break;
            }
        }

        // A change to an owned child (municipalities served, job roles held) is a change of its aggregate.
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified).ToList())
        {
            if (entry.Entity is AuditedAggregateRoot) continue;
            foreach (var owner in FindOwners(context, entry))
                Touch(owner, now, userId);
        }
    }

    /// <summary>A soft-deleted aggregate keeps its owned parts (JSON documents), as it keeps its columns.</summary>
    private static void KeepOwnedParts(DbContext context, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AuditedAggregateRoot> root)
    {
        foreach (var part in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && e.Metadata.IsOwned()).ToList())
            if (FindOwners(context, part).Any(o => o.Entity == root.Entity)) part.State = EntityState.Unchanged;
    }

    private static IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> FindOwners(DbContext context, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry child)
    {
        // An owned type, however deeply nested (JSON documents), has its root's id as the first part of its key.
        if (child.Metadata.IsOwned())
        {
            var root = child.Metadata;
            while (root.FindOwnership() is { } ownership) root = ownership.PrincipalEntityType;
            var rootId = child.Property(child.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue;
            var rootEntry = context.ChangeTracker.Entries<AuditedAggregateRoot>().FirstOrDefault(e => e.Metadata == root && Equals(e.Entity.Id, rootId));
            if (rootEntry is not null) yield return rootEntry;
            yield break;
        }
        foreach (var fk in child.Metadata.GetForeignKeys().Where(f => typeof(AuditedAggregateRoot).IsAssignableFrom(f.PrincipalEntityType.ClrType) && f.PrincipalToDependent is not null))
        {
            var key = fk.Properties.Select(p => child.Property(p.Name).CurrentValue).ToArray();
            var owner = context.ChangeTracker.Entries<AuditedAggregateRoot>()
                .FirstOrDefault(e => e.Metadata == fk.PrincipalEntityType && key.Length == 1 && Equals(e.Entity.Id, key[0]));
            if (owner is not null) yield return owner;
        }
    }

    private static void Touch(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry owner, DateTime now, Guid? userId)
    {
        if (owner.State != EntityState.Unchanged) return;
        owner.State = EntityState.Modified;
        var entry = owner.Context.Entry((AuditedAggregateRoot)owner.Entity);
        RenewStamp(entry);
        entry.Entity.StampModified(now, userId);
    }

    private static void RenewStamp(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AuditedAggregateRoot> entry)
    {
        var stamp = entry.Property(e => e.ConcurrencyStamp);
        stamp.OriginalValue = entry.Entity.ConcurrencyStamp;
        entry.Entity.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
