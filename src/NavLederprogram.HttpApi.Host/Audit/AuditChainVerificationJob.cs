using NavLederprogram.Audit;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Audit;

/// <summary>Walks the audit log's hash chain and alerts the system admins when a link does not hold.</summary>
[DisallowConcurrentExecution]
public sealed class AuditChainVerificationJob(AuditChainAlerts alerts) : IJob
{
    public static readonly JobKey Key = new("verify-chain", "audit");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var verification = await alerts.VerifyAsync(context.CancellationToken);
        context.Result = verification.BrokenAtSequence is { } brokenAt
            ? new JobResult("Job:audit.verify-chain.Broken", brokenAt, verification.EntriesChecked)
            : new JobResult("Job:audit.verify-chain.Result", verification.EntriesChecked);
    }
}
