using NavLederprogram.Competence;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Competence;

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
