using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Audit;

/// <summary>
/// Records every row an admin or coordinator inserts, updates or deletes through the DbContext, with the values before and
/// after, in the transaction of the save itself: the change and its entry are kept together or not at all. A save by anyone
/// else costs one look at the caller's roles. What is recorded, and which values stay out, is <see cref="AuditedChanges"/>.
/// </summary>
public sealed class AdminChangeInterceptor(ICurrentUser currentUser, IRequestOrigin origin, TimeProvider clock, IServiceProvider services)
    : SaveChangesInterceptor
{
    private static readonly HashSet<string> RecordedRoles =
    [
        RoleNames.SystemAdmin, RoleNames.KsAdmin, RoleNames.DirectorateAdmin, RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator,
    ];

    // What a save in flight appended: the transaction it opened (null when the caller's own), or the savepoint in the caller's.
    private readonly ConditionalWeakTable<DbContext, Appended> _inFlight = new();

    private sealed record Appended(IDbContextTransaction? OwnTransaction, string? Savepoint, List<AuditEntry> Entries);

    private const string Savepoint = "audit_append";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NavLederprogramDbContext db && IsRecordedCaller()) await RecordAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is NavLederprogramDbContext db && IsRecordedCaller()) RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, saved: true);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndAsync(eventData.Context, saved: true).GetAwaiter().GetResult();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, saved: false);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndAsync(eventData.Context, saved: false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, saved: false);

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndAsync(eventData.Context, saved: false).GetAwaiter().GetResult();

    private bool IsRecordedCaller()
    {
        if (!currentUser.IsAuthenticated) return false;
        foreach (var role in currentUser.Roles)
            if (RecordedRoles.Contains(role)) return true;
        return false;
    }

    private async Task RecordAsync(NavLederprogramDbContext db, CancellationToken ct)
    {
        var changes = Collect(db);
        if (changes.Count == 0) return;

        // Values are protected under the subject's data key; a first key joins this save, so it commits with the entries under it.
        var keys = new SaveKeyStore(db);
        await keys.LoadAsync(changes.Select(c => c.Owner).OfType<Guid>().Distinct().ToList(), ct);
        using var protector = new PrivateTextProtector(services.GetRequiredService<KeyEncryptionKey>(), keys, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var drafts = new List<AuditDraft>(changes.Count);
        foreach (var change in changes)
            drafts.Add(new AuditDraft(now, change.Kind, change.Action, currentUser.Id, currentUser.ClientId, origin.RemoteAddress,
                change.PersonId, change.UserId, change.Target,
                await ProtectAsync(protector, change.Owner, change.Before, ct), await ProtectAsync(protector, change.Owner, change.After, ct), null));

        // The caller's open transaction takes the entries; a savepoint takes them back out if this save fails and the caller
        // carries on. Without one, the entries get a transaction of their own that commits with the save.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        string? savepoint = null;
        if (own is null && db.Database.CurrentTransaction!.SupportsSavepoints)
        {
            await db.Database.CurrentTransaction.CreateSavepointAsync(Savepoint, ct);
            savepoint = Savepoint;
        }
        _inFlight.AddOrUpdate(db, new Appended(own, savepoint, await AuditAppender.AppendAsync(db, drafts, ct)));
    }

    private static async Task<string?> ProtectAsync(PrivateTextProtector protector, Guid? owner, string? value, CancellationToken ct) =>
        value is null || owner is not { } id ? value : await protector.ProtectAsync(id, value, ct);

    private async Task EndAsync(DbContext? context, bool saved)
    {
        if (context is null || !_inFlight.TryGetValue(context, out var appended)) return;
        _inFlight.Remove(context);
        // Written (or not): the entries need no tracking, and a failed save retried must not try to write them again.
        foreach (var entry in appended.Entries) context.Entry(entry).State = EntityState.Detached;
        var transaction = context.Database.CurrentTransaction;
        if (appended.OwnTransaction is { } own)
        {
            if (saved) await own.CommitAsync();
            else await own.RollbackAsync();
            await own.DisposeAsync();
        }
        else if (appended.Savepoint is { } savepoint && transaction is not null && !saved)
        {
            await transaction.RollbackToSavepointAsync(savepoint);
        }
    }

    private sealed record Change(AuditKind Kind, string Action, string Target, Guid? PersonId, Guid? UserId, string? Before, string? After)
    {
        public Guid? Owner => PersonId ?? UserId;
    }

    private static List<Change> Collect(DbContext db)
    {
        var changes = new List<Change>();
        var tracker = db.ChangeTracker;
        // The auditing interceptor, registered before this one, has just detected the save's changes.
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !AuditedChanges.IsRecorded(entry.Metadata))
                    continue;
                if (Describe(entry) is { } change) changes.Add(change);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
        return changes;
    }

    private static Change? Describe(EntityEntry entry)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var softDeleted = false;
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (AuditedChanges.IsStamp(meta)) continue;
            if (entry.State == EntityState.Modified)
            {
                if (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)) continue;
                if (meta.Name == nameof(ISoftDelete.IsDeleted) && property.CurrentValue is true) softDeleted = true;
                before[meta.Name] = Value(meta, property.OriginalValue);
                after[meta.Name] = Value(meta, property.CurrentValue);
            }
            else if (entry.State == EntityState.Added)
            {
                if (property.CurrentValue is not null) after[meta.Name] = Value(meta, property.CurrentValue);
            }
            else if (property.OriginalValue is not null)
            {
                before[meta.Name] = Value(meta, property.OriginalValue);
            }
        }
        if (before.Count == 0 && after.Count == 0) return null;

        // An owned part (a JSON document's item) is a change of its aggregate, named after it.
        var root = entry;
        var type = entry.Metadata;
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        var rootEntry = type == entry.Metadata ? entry : FindRoot(entry, type);
        if (rootEntry is not null) root = rootEntry;
        var verb = entry.State switch
        {
            EntityState.Added => "Created",
            EntityState.Deleted => "Deleted",
            _ => softDeleted ? "Deleted" : "Updated",
        };
        if (root != entry) verb = "Updated";
        var (personId, userId) = AuditedChanges.SubjectOf(root);
        return new Change(AuditedChanges.KindOf(root.Metadata), $"{Name(type)}.{verb}", $"{Name(type)}:{KeyOf(root)}", personId, userId,
            Json(before), Json(after));
    }

    private static EntityEntry? FindRoot(EntityEntry part, Microsoft.EntityFrameworkCore.Metadata.IEntityType rootType)
    {
        // An owned part's key starts with its root's key.
        var rootKey = rootType.FindPrimaryKey();
        if (rootKey is null) return null;
        var values = part.Metadata.FindPrimaryKey()!.Properties.Take(rootKey.Properties.Count)
            .Select(p => part.Property(p.Name).CurrentValue).ToArray();
        return part.Context.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == rootType
            && rootKey.Properties.Select((p, i) => Equals(e.Property(p.Name).CurrentValue, values[i])).All(x => x));
    }

    private static string Name(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.ClrType.IsGenericType ? type.ClrType.Name[..type.ClrType.Name.IndexOf('`')] : type.ClrType.Name;

    private static string KeyOf(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue,
            System.Globalization.CultureInfo.InvariantCulture)) ?? []);

    private static object? Value(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value) => value switch
    {
        null => null,
        _ when AuditedChanges.IsSecret(property) => AuditedChanges.Hidden,
        string s when ProtectedText.IsProtected(s) => AuditedChanges.Private,
        Enum e => e.ToString(),
        string or bool or int or long or decimal or double or Guid or DateTime or DateOnly or DateTimeOffset or TimeOnly => value,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? Json(SortedDictionary<string, object?> values) => values.Count == 0 ? null : JsonSerializer.Serialize(values);
}
