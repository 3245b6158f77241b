using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.HttpApi.Host.Competence;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Programmes;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using OpenIddict.Abstractions;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Scheduling;

public static class SchedulingSetup
{
    public static readonly TimeZoneInfo Oslo = OsloTime.Zone;

    /// <summary>Quartz on the persistent ADO.NET store: SQLite for the embedded default, clustered on server databases.</summary>
    public static IServiceCollection AddNavLederprogramScheduling(this IServiceCollection services, DatabaseProvider provider, string quartzConnection)
    {
        services.Configure<QuartzOptions>(o =>
        {
            // Every node declares the same recurring triggers at start; in a cluster they must not stack up.
            o.Scheduling.IgnoreDuplicates = true;
        });
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "NavLederprogram";
                s.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                switch (provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(quartzConnection);
                        store.UseClustering();
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(quartzConnection);
                        store.UseClustering();
                        break;
                    default:
                        store.UseSqlite(Microsoft.Data.Sqlite.SqliteFactory.Instance, quartzConnection);
                        break;
                }
            });

            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key).WithDescription("Prunes expired tokens and old job history").StoreDurably());
            q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-nightly", "system")
                .WithDescription("Nightly at 03:15 (Europe/Oslo)")
                .WithCronSchedule("0 15 3 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddCompetenceJobs(Oslo);
            q.AddProgrammeJobs();
            q.AddNotificationJobs();
            q.AddJobListener<JobRunRecorder>([GroupMatcher<JobKey>.AnyGroup()]);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddScoped<IJobAppService, JobAppService>();
        services.AddProgrammeScheduling();
        return services;
    }
}

/// <summary>Removes what no longer matters: expired or revoked tokens and authorizations, and old job history.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, IJobRunRepository runs, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokenCount = await tokens.PruneAsync(now.AddDays(-14), context.CancellationToken);
        var authorizationCount = await authorizations.PruneAsync(now.AddDays(-14), context.CancellationToken);
        var runCount = await runs.DeleteOlderThanAsync(now.UtcDateTime.AddDays(-90), context.CancellationToken);
        context.Result = new JobResult("Job:system.housekeeping.Result", tokenCount, authorizationCount, runCount);
    }
}

/// <summary>Keeps the outcome of every job run so the jobs page can show it, whichever node ran the job.</summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, ILogger<JobRunRecorder> logger) : IJobListener
{
    public string Name => nameof(JobRunRecorder);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runs = scope.ServiceProvider.GetRequiredService<IJobRunRepository>();
            var fired = context.FireTimeUtc.UtcDateTime;
            await runs.InsertAsync(new JobRun(Guid.CreateVersion7(), context.JobDetail.Key.Group, context.JobDetail.Key.Name, fired,
                fired + context.JobRunTime, jobException is null, jobException?.GetBaseException().Message, context.Result as JobResult), cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the run of job {Job}", context.JobDetail.Key);
        }
    }
}

public sealed class JobAppService(ISchedulerFactory schedulers, IJobRunRepository runs, ITriggerGroupOwner owners) : IJobAppService
{
    public async Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var latest = (await runs.GetLatestPerJobAsync(ct)).ToDictionary(r => (r.JobGroup, r.JobName));
        var jobs = new List<(JobKey Key, IJobDetail? Detail, List<TriggerDto> Triggers, List<(Guid CohortId, ITrigger Trigger)> Milestones)>();
        foreach (var group in await scheduler.GetJobGroupNames(ct))
            foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), ct)).OrderBy(k => k.Name))
            {
                var triggers = new List<TriggerDto>();
                var milestones = new List<(Guid, ITrigger)>();
                foreach (var trigger in await scheduler.GetTriggersOfJob(key, ct))
                {
                    // A cohort's milestones are many one-shot triggers; they are shown per cohort, not one by one.
                    if (owners.OwnerOf(trigger.Key.Group) is { } cohortId)
                    {
                        milestones.Add((cohortId, trigger));
                        continue;
                    }
                    var state = await scheduler.GetTriggerState(trigger.Key, ct);
                    triggers.Add(new TriggerDto(trigger.Key.Group, trigger.Key.Name, LocalizationTexts.EnumText(state),
                        LocalizationTexts.GetOrDefault($"Trigger:{trigger.Key.Group}.{trigger.Key.Name}", trigger.Description), Schedule(trigger),
                        (trigger as ICronTrigger)?.CronExpressionString, trigger.PreviousFireTimeUtc?.UtcDateTime, trigger.NextFireTimeUtc?.UtcDateTime));
                }
                jobs.Add((key, await scheduler.GetJobDetail(key, ct), triggers, milestones));
            }

        var cohortIds = jobs.SelectMany(j => j.Milestones.Select(m => m.CohortId)).Distinct().ToList();
        IReadOnlyDictionary<Guid, string> names =
            cohortIds.Count == 0 ? new Dictionary<Guid, string>() : await owners.GetNamesAsync(cohortIds, ct);
        return jobs.Select(j =>
        {
            var run = latest.GetValueOrDefault((j.Key.Group, j.Key.Name));
            return new JobDto(j.Key.Group, j.Key.Name, LocalizationTexts.GetOrDefault($"Job:{j.Key.Group}.{j.Key.Name}.Title", j.Key.Name)!,
                LocalizationTexts.GetOrDefault($"Job:{j.Key.Group}.{j.Key.Name}", j.Detail?.Description),
                run is null ? null : new JobOutcomeDto(run.FiredAt, run.Succeeded,
                    run.ResultKey is null ? run.Message : LocalizationTexts.Get(run.ResultKey, null, [.. run.ResultArguments ?? []])),
                j.Triggers, PerCohort(j.Milestones, names));
        }).ToList();
    }

    private List<CohortMilestoneTriggersDto> PerCohort(List<(Guid CohortId, ITrigger Trigger)> milestones, IReadOnlyDictionary<Guid, string> names) =>
        milestones.GroupBy(m => m.CohortId).Select(g =>
        {
            var next = g.Select(m => m.Trigger).Where(t => t.NextFireTimeUtc is not null).MinBy(t => t.NextFireTimeUtc);
            var what = next is null ? null : owners.WhatText(next.Key.Name);
            return new CohortMilestoneTriggersDto(g.Key, names.GetValueOrDefault(g.Key) ?? g.Key.ToString(), g.Count(),
                what, next?.NextFireTimeUtc?.UtcDateTime);
        }).OrderBy(c => c.NextFireTime ?? DateTime.MaxValue).ThenBy(c => c.CohortName).ToList();

    private static string? Schedule(ITrigger trigger) => trigger switch
    {
        ICronTrigger cron => ScheduleText.FromCron(cron.CronExpressionString ?? ""),
        ISimpleTrigger { RepeatCount: not 0 } simple => ScheduleText.FromInterval(simple.RepeatInterval),
        _ => null,
    };
}
