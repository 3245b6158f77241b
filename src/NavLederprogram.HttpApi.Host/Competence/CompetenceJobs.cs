using NavLederprogram.Competence;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Competence;

/// <summary>
/// Recomputes every competence status. Evidence changes are reflected at once through domain events; this run
/// catches what only the passing of time changes: deadlines passed and evidence expired.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecomputeCompetenceStatusesJob(CompetenceStatusCalculator calculator) : IJob
{
    public static readonly JobKey Key = new("recompute-statuses", "competence");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await calculator.RecomputeAsync(null, context.CancellationToken);
        context.Result = new JobResult("Job:competence.recompute-statuses.Result", result.Total, result.Inserted, result.Updated, result.Deleted);
    }
}

/// <summary>Queues one reminder per person, requirement and end date for evidence that expires soon; running twice queues nothing new.</summary>
[DisallowConcurrentExecution]
public sealed class QueueExpiryRemindersJob(ICompetenceGapQueries statuses, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("expiry-reminders", "competence");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await statuses.QueueExpiryRemindersAsync(clock.GetUtcNow().UtcDateTime, context.CancellationToken);
        context.Result = new JobResult("Job:competence.expiry-reminders.Result", queued);
    }
}

public static class CompetenceJobs
{
    public static void AddCompetenceJobs(this IQuartzBuilder q, TimeZoneInfo zone)
    {
        q.AddJob<RecomputeCompetenceStatusesJob>(j => j.WithIdentity(RecomputeCompetenceStatusesJob.Key).WithDescription("Recomputes every competence status").StoreDurably());
        q.AddTrigger(t => t.ForJob(RecomputeCompetenceStatusesJob.Key).WithIdentity("recompute-nightly", "competence")
            .WithDescription("Nightly at 02:30 (Europe/Oslo)")
            .WithCronSchedule("0 30 2 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        // After the nightly recompute, so that reminders follow today's statuses.
        q.AddJob<QueueExpiryRemindersJob>(j => j.WithIdentity(QueueExpiryRemindersJob.Key).WithDescription("Queues competence expiry reminders").StoreDurably());
        q.AddTrigger(t => t.ForJob(QueueExpiryRemindersJob.Key).WithIdentity("reminders-daily", "competence")
            .WithDescription("Daily at 06:00 (Europe/Oslo)")
            .WithCronSchedule("0 0 6 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
