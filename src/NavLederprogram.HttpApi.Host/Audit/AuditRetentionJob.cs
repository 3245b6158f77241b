using NavLederprogram.Audit;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Audit;

/// <summary>Removes audit entries that have outlived their kind's retention, from the old end of the chain.</summary>
[DisallowConcurrentExecution]
public sealed class AuditRetentionJob(IAuditChainMaintenance maintenance) : IJob
{
    public static readonly JobKey Key = new("retention", "audit");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var removed = await maintenance.PurgeExpiredAsync(context.CancellationToken);
        context.Result = new JobResult("Job:audit.retention.Result", removed);
    }
}
