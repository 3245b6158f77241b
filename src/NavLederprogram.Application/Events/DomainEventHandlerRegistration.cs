using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Events;

public static class DomainEventHandlerRegistration
{
    /// <summary>
    /// Registers one handler class for every event it declares it handles, as one scoped instance, so that a module
    /// names its handlers once and a new <see cref="IDomainEventHandler{TEvent}"/> on the class needs no second line.
    /// </summary>
    public static IServiceCollection AddDomainEventHandler<THandler>(this IServiceCollection services) where THandler : class
    {
        var handles = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>))
            .ToList();
        if (handles.Count == 0) throw new InvalidOperationException($"{typeof(THandler).Name} handles no domain event.");
        services.AddScoped<THandler>();
        foreach (var handlerInterface in handles)
            services.AddScoped(handlerInterface, sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
