using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.Events;
using NavLederprogram.Notifications;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Notifications;

/// <summary>Mail queued by a save goes out at once instead of at the job's next round (at most ten seconds later).</summary>
public sealed class SendEmailSoon(ISchedulerFactory schedulers, ILogger<SendEmailSoon> logger) : IDomainEventHandler<NotificationEmailQueued>
{
    public async Task HandleAsync(IReadOnlyList<NotificationEmailQueued> events, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            if (await scheduler.GetStatus(ct) == SchedulerStatus.Running) await scheduler.TriggerJob(SendEmailJob.Key, ct);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // The recurring trigger sends it anyway.
            logger.LogDebug(e, "Could not nudge the e-mail job");
        }
    }
}
