namespace NavLederprogram.Events;

/// <summary>Handles the events of one type from one save together, so that a bulk change is handled once, not row by row.</summary>
public interface IDomainEventHandler<TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> events, CancellationToken ct);
}
