using Quartz;

namespace NavLederprogram.HttpApi.Host.PeerSupervision;

public static class PeerSupervisionJobs
{
    public static void AddPeerSupervisionJobs(this IQuartzBuilder q, TimeZoneInfo zone)
    {
        q.AddJob<SupervisionMeetingReminderJob>(j => j.WithIdentity(SupervisionMeetingReminderJob.Key)
            .WithDescription("Reminds of tomorrow's supervision meetings").StoreDurably());
        // Early afternoon: the reminder arrives while people still plan the next day.
        q.AddTrigger(t => t.ForJob(SupervisionMeetingReminderJob.Key).WithIdentity("reminders-daily", "peersupervision")
            .WithDescription("Daily at 13:00 (Europe/Oslo)")
            .WithCronSchedule("0 0 13 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
