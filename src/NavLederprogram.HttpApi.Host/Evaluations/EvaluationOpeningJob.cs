using NavLederprogram.Evaluations;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Evaluations;

/// <summary>Announces opened evaluations to those who may answer them; an evaluation is announced once.</summary>
[DisallowConcurrentExecution]
public sealed class EvaluationOpeningJob(EvaluationOpeningNotices notices) : IJob
{
    public static readonly JobKey Key = new("opening-notices", "evaluations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var evaluations = await notices.SendAsync(context.CancellationToken);
        context.Result = new JobResult("Job:evaluations.opening-notices.Result", evaluations);
    }
}
