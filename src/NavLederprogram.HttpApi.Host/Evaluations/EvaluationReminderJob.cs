using NavLederprogram.Evaluations;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Evaluations;

/// <summary>Reminds those who have not answered an evaluation that closes soon; a second run sends nothing new.</summary>
[DisallowConcurrentExecution]
public sealed class EvaluationReminderJob(EvaluationReminders reminders) : IJob
{
    public static readonly JobKey Key = new("reminders", "evaluations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var evaluations = await reminders.SendDueAsync(context.CancellationToken);
        context.Result = new JobResult("Job:evaluations.reminders.Result", evaluations);
    }
}
