using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Events;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

/// <summary>Each handler of the application layer is registered once, for every event it declares it handles.</summary>
public class DomainEventHandlerRegistrationTests
{
    public static TheoryData<string, string> HandledEvents()
    {
        var data = new TheoryData<string, string>();
        foreach (var handler in typeof(NavLederprogramApplicationServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var handled in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
                data.Add(handler.FullName!, handled.GetGenericArguments()[0].FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HandledEvents))]
    public async Task The_handler_receives_the_event(string handlerName, string eventName)
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var eventType = typeof(IDomainEvent).Assembly.GetType(eventName)!;
        var handlers = await db.InScopeAsync(sp => Task.FromResult(
            sp.GetServices(typeof(IDomainEventHandler<>).MakeGenericType(eventType)).Select(h => h!.GetType().FullName).ToList()));
        handlers.Count(h => h == handlerName).ShouldBe(1);
    }
}
