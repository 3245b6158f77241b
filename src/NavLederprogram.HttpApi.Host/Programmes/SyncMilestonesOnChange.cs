using NavLederprogram.Events;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Programmes;

/// <summary>Keeps the triggers in step with the cohort after every change of its dates, schedule or state.</summary>
public sealed class SyncMilestonesOnChange(ICohortRepository cohorts, ICohortMilestoneScheduler scheduler)
    : IDomainEventHandler<CohortScheduleChanged>, IDomainEventHandler<CohortStatusChanged>
{
    public Task HandleAsync(IReadOnlyList<CohortScheduleChanged> events, CancellationToken ct) => SyncAsync(events.Select(e => e.CohortId), ct);

    public Task HandleAsync(IReadOnlyList<CohortStatusChanged> events, CancellationToken ct) => SyncAsync(events.Select(e => e.CohortId), ct);

    private async Task SyncAsync(IEnumerable<Guid> cohortIds, CancellationToken ct)
    {
        foreach (var id in cohortIds.Distinct())
            if (await cohorts.FindAsync(id, ct) is { } cohort) await scheduler.SyncAsync(cohort, ct);
    }
}
