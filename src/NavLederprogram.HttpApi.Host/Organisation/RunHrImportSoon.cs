using NavLederprogram.Events;
using NavLederprogram.Organisation;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Organisation;

/// <summary>An accepted import starts at once: the trigger is kept in Quartz's store, so it survives a restart.</summary>
public sealed class RunHrImportSoon(ISchedulerFactory schedulers, ILogger<RunHrImportSoon> logger) : IDomainEventHandler<HrImportQueued>
{
    public async Task HandleAsync(IReadOnlyList<HrImportQueued> events, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.TriggerJob(HrImportJob.Key, ct);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // The import stays queued in the database; the next import, or running the job from the jobs page, writes it.
            logger.LogWarning(e, "Could not start the HR import job for {Count} imports", events.Count);
        }
    }
}
