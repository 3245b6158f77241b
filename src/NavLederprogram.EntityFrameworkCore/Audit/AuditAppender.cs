using Microsoft.EntityFrameworkCore;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

/// <summary>Links drafts into the chain inside the caller's open transaction, behind the lock on the chain head.</summary>
internal static class AuditAppender
{
    /// <summary>
    /// Adds the entries to <paramref name="db"/>; the caller saves them in the same transaction. Moving the head forward first
    /// takes its row lock on every provider (PostgreSQL and SQL Server lock the updated row, SQLite the whole database), so a
    /// second appender, on this node or another, waits here until this transaction ends and then reads the new end of the chain.
    /// </summary>
    public static async Task<List<AuditEntry>> AppendAsync(NavLederprogramDbContext db, IReadOnlyList<AuditDraft> drafts, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Audit entries are appended inside a transaction.");
        long count = drafts.Count;
        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence + count), ct);
        var head = await db.Set<AuditChainHead>().AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .Select(h => new { h.LastSequence, h.LastHash })
            .SingleAsync(ct);
        var entries = new List<AuditEntry>(drafts.Count);
        var sequence = head.LastSequence - count;
        var previous = head.LastHash;
        foreach (var draft in drafts)
        {
            var entry = new AuditEntry(++sequence, previous, draft);
            entries.Add(entry);
            previous = entry.Hash;
        }
        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, previous), ct);
        db.AddRange(entries);
        return entries;
    }
}
