using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.HttpApi.Host.Competence;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Programmes;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using OpenIddict.Abstractions;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Scheduling;

/// <summary>Removes what no longer matters: expired or revoked tokens and authorizations, old job history and the cache change log
/// that every node has long since read.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, IJobRunRepository runs, CacheStampMonitor cacheChanges,
    TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokenCount = await tokens.PruneAsync(now.AddDays(-14), context.CancellationToken);
        var authorizationCount = await authorizations.PruneAsync(now.AddDays(-14), context.CancellationToken);
        var runCount = await runs.DeleteOlderThanAsync(now.UtcDateTime.AddDays(-90), context.CancellationToken);
        // Nodes read the log every second: a day-old row has been seen by every node that is alive.
        var cacheChangeCount = await cacheChanges.PruneAsync(now.UtcDateTime.AddDays(-1), context.CancellationToken);
        context.Result = new JobResult("Job:system.housekeeping.Result", tokenCount, authorizationCount, runCount, cacheChangeCount);
    }
}
