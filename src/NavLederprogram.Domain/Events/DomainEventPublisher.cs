namespace NavLederprogram.Events;

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
