using NavLederprogram.Data;
using NavLederprogram.Events;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// Saves the DbContext, then publishes the domain events the saved aggregates recorded. Handlers run after the
/// commit, so they see committed data and a failed transaction publishes nothing; what they change they save
/// themselves, and their own events follow.
/// </summary>
public sealed class EfUnitOfWork(NavLederprogramDbContext db, IDomainEventPublisher publisher) : IUnitOfWork
{
    // Events saved inside the open transaction; null when no transaction of ours is open.
    private List<IDomainEvent>? _held;

    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        var raisers = db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.GetDomainEvents().Count > 0).ToList();
        var events = raisers.SelectMany(e => e.GetDomainEvents()).ToList();
        foreach (var raiser in raisers) raiser.ClearDomainEvents();
        await db.SaveChangesAsync(ct);
        if (_held is not null) _held.AddRange(events);
        else if (events.Count > 0) await publisher.PublishAsync(events, ct);
    }

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, Action? ended = null, CancellationToken ct = default)
    {
        if (_held is not null) return await work();
        _held = [];
        T result;
        List<IDomainEvent> committed;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                result = await work();
            }
            catch
            {
                // Rolled back out loud rather than by disposal, so that the node's caches drop what was read inside.
                await transaction.RollbackAsync(CancellationToken.None);
                throw;
            }
            await transaction.CommitAsync(ct);
            committed = _held;
        }
        finally
        {
            // Committed or rolled back, the transaction is over: later saves publish at once again.
            _held = null;
            ended?.Invoke();
        }
        if (committed.Count > 0) await publisher.PublishAsync(committed, ct);
        return result;
    }
}
