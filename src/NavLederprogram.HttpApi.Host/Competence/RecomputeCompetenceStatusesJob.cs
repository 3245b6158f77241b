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
