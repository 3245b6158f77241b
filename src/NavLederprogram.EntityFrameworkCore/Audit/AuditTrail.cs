using Microsoft.EntityFrameworkCore;
using NavLederprogram.Audit;
using NavLederprogram.Identity;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Audit;

/// <summary>
/// Appends an entry in a context and transaction of its own, so that it is kept whatever becomes of the caller's work (a failed
/// sign-in is recorded though nothing else is saved). Values are protected under the subject's data key before the transaction
/// starts: making a first key writes it at once, which must not wait on the lock this transaction holds.
/// </summary>
public sealed class AuditTrail(
    IDbContextFactory<NavLederprogramDbContext> contexts,
    ICurrentUser currentUser,
    IRequestOrigin origin,
    IPrivateTextProtector protector,
    TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditRecord record, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        var owner = record.SubjectPersonId ?? record.SubjectUserId;
        var draft = new AuditDraft(
            clock.GetUtcNow().UtcDateTime,
            record.Kind,
            record.Action,
            record.ActorUserId ?? currentUser.Id,
            currentUser.ClientId,
            origin.RemoteAddress,
            record.SubjectPersonId,
            record.SubjectUserId,
            record.Target,
            await ProtectAsync(owner, record.Before, ct),
            await ProtectAsync(owner, record.After, ct),
            await ProtectAsync(owner, record.Detail, ct));

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AuditAppender.AppendAsync(db, [draft], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    // Without a subject there is no key to erase; the callers put no name in such entries (ids only).
    private async Task<string?> ProtectAsync(Guid? owner, string? value, CancellationToken ct) =>
        value is null || owner is not { } id ? value : await protector.ProtectAsync(id, value, ct);
}
