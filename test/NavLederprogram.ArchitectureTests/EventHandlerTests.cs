using System.Reflection;
using NavLederprogram.Events;
using NavLederprogram.Programmes;
using Quartz;
using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>
/// A module reacts to another's events in its application layer. The only handlers elsewhere are the host's, whose
/// whole work is to nudge the host's scheduler (processes without one, the migrator and tests on the bare database,
/// must not react at all).
/// </summary>
public class EventHandlerTests
{
    private const string P = "NavLederprogram.";

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>));

    private static bool DrivesTheScheduler(Type handler) =>
        handler.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.ParameterType == typeof(ISchedulerFactory) || p.ParameterType == typeof(ICohortMilestoneScheduler));

    /// <summary>Handlers of an assembly that sit where handlers may not.</summary>
    public static IReadOnlyList<string> Misplaced(Assembly assembly, string asLayer) =>
        assembly.GetTypes().Where(IsHandler)
            .Where(t => asLayer != P + "Application" && !(asLayer == P + "HttpApi.Host" && DrivesTheScheduler(t)))
            .Select(t => t.FullName!)
            .ToList();

    public static TheoryData<string> Layers => new(LayerTests.AllowedReferences.Keys);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Domain_event_handlers_live_in_the_application_layer(string layer) =>
        Misplaced(Assembly.Load(layer), layer).ShouldBeEmpty();

    [Fact]
    public void The_rule_sees_handlers_on_every_side()
    {
        Assembly.Load(P + "Application").GetTypes().Count(IsHandler).ShouldBeGreaterThanOrEqualTo(3);
        Assembly.Load(P + "HttpApi.Host").GetTypes().Where(IsHandler).ShouldAllBe(t => DrivesTheScheduler(t));
        // A handler of this assembly treated as the EntityFrameworkCore layer, as the competence handlers once were, is caught.
        Misplaced(typeof(EventHandlerTests).Assembly, P + "EntityFrameworkCore").ShouldContain(typeof(MisplacedHandler).FullName!);
    }

    private sealed class MisplacedHandler : IDomainEventHandler<CohortStatusChanged>
    {
        public Task HandleAsync(IReadOnlyList<CohortStatusChanged> events, CancellationToken ct) => Task.CompletedTask;
    }
}
