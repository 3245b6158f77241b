namespace NavLederprogram.Data;

/// <summary>
/// Saves the changes of one request or job and publishes the domain events they recorded, always after the commit:
/// a save outside a transaction commits at once; inside <see cref="InTransactionAsync{T}"/> the events wait until
/// the transaction has committed, and are dropped when it fails.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction (joining one already open), then publishes what its saves recorded.
    /// <paramref name="ended"/> runs once the transaction has committed or rolled back and before the events are
    /// published, so that a lock held for the transaction is not held while other modules react.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, Action? ended = null, CancellationToken ct = default);
}
