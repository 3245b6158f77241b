using Quartz;

namespace NavLederprogram.HttpApi.Host.Evaluations;

public static class EvaluationJobs
{
    public static void AddEvaluationJobs(this IQuartzBuilder q, TimeZoneInfo zone)
    {
        q.AddJob<EvaluationPulseJob>(j => j.WithIdentity(EvaluationPulseJob.Key)
            .WithDescription("Opens a pulse after each gathering and supervision meeting").StoreDurably());
        q.AddTrigger(t => t.ForJob(EvaluationPulseJob.Key).WithIdentity("pulses-every-15-minutes", "evaluations")
            .WithDescription("Every 15 minutes")
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(15)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

        q.AddJob<EvaluationReminderJob>(j => j.WithIdentity(EvaluationReminderJob.Key)
            .WithDescription("Reminds those who have not answered an evaluation that closes soon").StoreDurably());
        // Morning: the reminder arrives at the start of the working day.
        q.AddTrigger(t => t.ForJob(EvaluationReminderJob.Key).WithIdentity("reminders-daily", "evaluations")
            .WithDescription("Daily at 08:00 (Europe/Oslo)")
            .WithCronSchedule("0 0 8 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

        q.AddJob<EvaluationOpeningJob>(j => j.WithIdentity(EvaluationOpeningJob.Key)
            .WithDescription("Tells those who may answer that an evaluation has opened").StoreDurably());
        // Every ten minutes: an evaluation opening after a gathering is announced while the gathering is fresh.
        q.AddTrigger(t => t.ForJob(EvaluationOpeningJob.Key).WithIdentity("opening-every-10-minutes", "evaluations")
            .WithDescription("Every 10 minutes")
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(10)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
