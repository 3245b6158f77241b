using NavLederprogram.Organisation;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Organisation;

/// <summary>
/// Writes the accepted HR imports waiting in the database. It reads everything from the database, so any node of a
/// cluster can run it; a node that dies during a run leaves the job to be recovered by another.
/// </summary>
[DisallowConcurrentExecution]
public sealed class HrImportJob(HrImportRunner runner) : IJob
{
    public static readonly JobKey Key = new("hr-import", "organisation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await runner.RunUnfinishedAsync(context.CancellationToken);
        context.Result = new JobResult("Job:organisation.hr-import.Result", count);
    }
}
