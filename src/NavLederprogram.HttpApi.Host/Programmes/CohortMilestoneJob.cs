using NavLederprogram.Events;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Programmes;

[DisallowConcurrentExecution]
public sealed class CohortMilestoneJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("cohort-milestone", "programmes");
    public const string CohortIdKey = "cohortId";
    public const string MilestoneKey = "milestone";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var cohortId = Guid.Parse(data.GetString(CohortIdKey)!);
        var key = data.GetString(MilestoneKey)!;
        // A one-shot trigger does not come back: if an admin saved the cohort at the same moment, try again on fresh data.
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<CohortMilestoneRunner>().RunAsync(cohortId, key, false, context.CancellationToken);
                context.Result = new JobResult(outcome.ResultKey, [.. outcome.Arguments]);
                return;
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException) when (attempt < 3) { }
        }
    }
}
