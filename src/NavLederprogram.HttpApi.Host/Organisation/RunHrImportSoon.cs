using NavLederprogram.Events;
using NavLederprogram.Organisation;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Organisation;

/// <summary>An accepted import starts at once: the trigger is kept in Quartz's store, so it survives a restart.</summary>
public sealed class RunHrImportSoon(ISchedulerFactory schedulers) : IDomainEventHandler<HrImportQueued>
{
    public async Task HandleAsync(IReadOnlyList<HrImportQueued> events, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(HrImportJob.Key, ct);
    }
}
