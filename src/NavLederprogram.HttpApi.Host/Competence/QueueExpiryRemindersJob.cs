using NavLederprogram.Competence;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Competence;

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
