namespace NavLederprogram.Events;

/// <summary>Something that happened in one module that others may react to, published after it is saved.</summary>
public interface IDomainEvent;

/// <summary>An aggregate that records events while it changes; the unit of work publishes them once the change is saved.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> GetDomainEvents();
    void ClearDomainEvents();
}

/// <summary>Handles the events of one type from one save together, so that a bulk change is handled once, not row by row.</summary>
public interface IDomainEventHandler<TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> events, CancellationToken ct);
}

public interface IDomainEventPublisher
{
    Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct = default);
}

/// <summary>Calls every registered handler of each event type, in process and in the caller's scope.</summary>
public sealed class DomainEventPublisher(IServiceProvider services) : IDomainEventPublisher
{
    public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct = default)
    {
        foreach (var group in events.GroupBy(e => e.GetType()))
        {
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(group.Key);
            var handlers = (IEnumerable<object>?)services.GetService(typeof(IEnumerable<>).MakeGenericType(handlerType)) ?? [];
            var typed = Array.CreateInstance(group.Key, group.Count());
            var i = 0;
            foreach (var e in group) typed.SetValue(e, i++);
            var handle = handlerType.GetMethod("HandleAsync")!;
            foreach (var handler in handlers)
                await (Task)handle.Invoke(handler, [typed, ct])!;
        }
    }
}
