using Microsoft.EntityFrameworkCore;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

/// <summary>Verifies and trims the chain in batches, so that a long log is walked in bounded memory.</summary>
public sealed class AuditChainMaintenance(IDbContextFactory<NavLederprogramDbContext> contexts, IAuditRetention retention, TimeProvider clock)
    : IAuditChainMaintenance
{
    private const int Batch = 1000;

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken ct)
    {
        var (through, checkedCount, brokenAt) = await WalkAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.Set<AuditChainVerification>().FirstOrDefaultAsync(v => v.Id == AuditChainVerification.SingletonId, ct);
        if (stored is null) db.Add(stored = new AuditChainVerification(now, through, checkedCount, brokenAt));
        else stored.Record(now, through, checkedCount, brokenAt);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    private async Task<(long Through, long Checked, long? BrokenAt)> WalkAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The head is read first: entries and head commit together, so every entry up to its end is there to be read.
        var head = await Head(db, ct);
        var result = await WalkFromAsync(db, head, ct);
        // A purge that ran meanwhile cut the start off under the walk: walk again from its new anchor.
        if (result.BrokenAt is not null && (await Head(db, ct)).PurgedThroughSequence != head.PurgedThroughSequence)
            result = await WalkFromAsync(db, await Head(db, ct), ct);
        return result;
    }

    private static Task<AuditChainHead> Head(NavLederprogramDbContext db, CancellationToken ct) =>
        db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);

    private static async Task<(long Through, long Checked, long? BrokenAt)> WalkFromAsync(NavLederprogramDbContext db, AuditChainHead head,
        CancellationToken ct)
    {
        var expectedSequence = head.PurgedThroughSequence + 1;
        var previous = head.PurgedAnchorHash;
        long checkedCount = 0;
        while (expectedSequence <= head.LastSequence)
        {
            var from = expectedSequence;
            var batch = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Sequence >= from && e.Sequence <= head.LastSequence)
                .OrderBy(e => e.Sequence).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) return (expectedSequence - 1, checkedCount, expectedSequence);
            foreach (var entry in batch)
            {
                // A missing entry, one linked to another predecessor, or one whose fields no longer give its hash.
                if (entry.Sequence != expectedSequence || entry.PreviousHash != previous || !AuditChain.IsIntact(entry))
                    return (expectedSequence - 1, checkedCount, expectedSequence);
                previous = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
            db.ChangeTracker.Clear();
        }
        // The newest entries removed together with the head moved back would pass the walk; the head's own hash would not.
        if (previous != head.LastHash) return (head.LastSequence, checkedCount, head.LastSequence);
        return (head.LastSequence, checkedCount, null);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var head = await Head(db, ct);
        long lastExpired = head.PurgedThroughSequence;
        string anchor = head.PurgedAnchorHash;
        // Only the old end goes: the first entry still within its kind's period ends the purge, whatever follows it.
        var done = false;
        while (!done)
        {
            var from = lastExpired + 1;
            var batch = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence).Take(Batch).Select(e => new { e.Sequence, e.Kind, e.OccurredAt, e.Hash }).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var entry in batch)
            {
                if (entry.OccurredAt >= retention.Periods[entry.Kind].KeepFrom(now))
                {
                    done = true;
                    break;
                }
                lastExpired = entry.Sequence;
                anchor = entry.Hash;
            }
        }
        if (lastExpired == head.PurgedThroughSequence) return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The anchor moves first: the database lets entries go only up to it.
        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId && h.PurgedThroughSequence < lastExpired)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.PurgedThroughSequence, lastExpired).SetProperty(h => h.PurgedAnchorHash, anchor), ct);
        var removed = await db.Set<AuditEntry>().Where(e => e.Sequence <= lastExpired).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return removed;
    }
}
