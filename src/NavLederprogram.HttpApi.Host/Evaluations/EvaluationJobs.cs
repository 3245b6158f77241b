using Quartz;

namespace NavLederprogram.HttpApi.Host.Evaluations;

public static class EvaluationJobs
{
    public static void AddEvaluationJobs(this IQuartzBuilder q)
    {
        q.AddJob<EvaluationOpeningJob>(j => j.WithIdentity(EvaluationOpeningJob.Key)
            .WithDescription("Tells those who may answer that an evaluation has opened").StoreDurably());
        // Every ten minutes: an evaluation opening after a gathering is announced while the gathering is fresh.
        q.AddTrigger(t => t.ForJob(EvaluationOpeningJob.Key).WithIdentity("opening-every-10-minutes", "evaluations")
            .WithDescription("Every 10 minutes")
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(10)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
