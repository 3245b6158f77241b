using NavLederprogram.Data;
using NavLederprogram.Events;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// Saves the DbContext, then publishes the domain events the saved aggregates recorded. Handlers run after the
/// save, so they see committed data; what they change they save themselves, and their own events follow.
/// </summary>
public sealed class EfUnitOfWork(NavLederprogramDbContext db, IDomainEventPublisher publisher) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        var raisers = db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.GetDomainEvents().Count > 0).ToList();
        var events = raisers.SelectMany(e => e.GetDomainEvents()).ToList();
        foreach (var raiser in raisers) raiser.ClearDomainEvents();
        await db.SaveChangesAsync(ct);
        if (events.Count > 0) await publisher.PublishAsync(events, ct);
    }
}
