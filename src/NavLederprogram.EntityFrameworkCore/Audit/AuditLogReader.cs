using Microsoft.EntityFrameworkCore;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

public sealed class AuditLogReader(NavLederprogramDbContext db) : IAuditLogReader
{
    public async Task<(int TotalCount, IReadOnlyList<AuditEntry> Items)> GetPageAsync(AuditFilter filter, int skipCount, int maxResultCount,
        CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public Task<AuditEntry?> FindAsync(long sequence, CancellationToken ct) =>
        db.Set<AuditEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Sequence == sequence, ct);

    public async Task<(AuditChainHead Head, AuditChainVerification? LastVerification)> GetChainStatusAsync(CancellationToken ct)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var verification = await db.Set<AuditChainVerification>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == AuditChainVerification.SingletonId, ct);
        return (head, verification);
    }

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.SubjectPersonIds is not null || filter.SubjectUserIds is not null)
        {
            var persons = filter.SubjectPersonIds ?? [];
            var users = filter.SubjectUserIds ?? [];
            query = query.Where(e => (e.SubjectPersonId != null && persons.Contains(e.SubjectPersonId.Value))
                || (e.SubjectUserId != null && users.Contains(e.SubjectUserId.Value)));
        }
        if (filter.ActorUserIds is { } actors) query = query.Where(e => e.ActorUserId != null && actors.Contains(e.ActorUserId.Value));
        if (filter.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.ActionPrefix)) query = query.Where(e => e.Action.StartsWith(filter.ActionPrefix));
        if (filter.FromUtc is { } from) query = query.Where(e => e.OccurredAt >= from);
        if (filter.ToUtc is { } to) query = query.Where(e => e.OccurredAt < to);
        return query;
    }
}
