using NavLederprogram.Events;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Programmes;

/// <summary>
/// One trigger per milestone of a cohort, in the cohort's own trigger group, all firing the one durable job. The
/// triggers live in the persistent store, so they survive restarts and fire on one node of a cluster; a trigger
/// missed while every node was down fires once when the scheduler is back.
/// </summary>
public sealed class QuartzCohortMilestoneScheduler(ISchedulerFactory schedulers, TimeProvider clock) : ICohortMilestoneScheduler
{
    private const string GroupPrefix = "cohort-";

    public static string GroupOf(Guid cohortId) => $"{GroupPrefix}{cohortId:N}";

    /// <summary>The cohort whose milestones a trigger group holds, or null for any other group.</summary>
    public static Guid? CohortOf(string group) =>
        group.StartsWith(GroupPrefix, StringComparison.Ordinal) && Guid.TryParseExact(group[GroupPrefix.Length..], "N", out var id) ? id : null;

    public async Task SyncAsync(Cohort cohort, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var group = GroupOf(cohort.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = CohortMilestones.For(cohort).Where(m => CohortMilestones.IsPending(m, cohort, now)).ToDictionary(m => m.Key);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(group), ct))
        {
            if (!wanted.TryGetValue(key.Name, out var milestone)) await scheduler.UnscheduleJob(key, ct);
            else if (await scheduler.GetTrigger(key, ct) is { } trigger && StartsAsWanted(trigger.StartTimeUtc.UtcDateTime, milestone.FireAtUtc, now)) wanted.Remove(key.Name);
            // Done with it once moved: a trigger moved to now may fire and be gone before the loop below, which would schedule it again.
            else if (await scheduler.RescheduleJob(key, Build(cohort.Id, milestone, now), ct) is not null) wanted.Remove(key.Name);
        }
        foreach (var milestone in wanted.Values)
            if (!await scheduler.Exists(new TriggerKey(milestone.Key, group), ct))
                await scheduler.ScheduleTrigger(Build(cohort.Id, milestone, now), TriggerConflict.Replace, ct);
    }

    public async Task<IReadOnlyDictionary<string, DateTime>> GetScheduledAsync(Guid cohortId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var result = new Dictionary<string, DateTime>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(GroupOf(cohortId)), ct))
            if (await scheduler.GetTrigger(key, ct) is { } trigger)
                result[key.Name] = (trigger.NextFireTimeUtc ?? trigger.StartTimeUtc).UtcDateTime;
        return result;
    }

    /// <summary>A milestone whose moment has already passed is due now; its trigger started at or before now is as wanted.</summary>
    private static bool StartsAsWanted(DateTime start, DateTime fireAt, DateTime now) => start == fireAt || fireAt <= now && start <= now;

    private static ITrigger Build(Guid cohortId, Milestone milestone, DateTime now) => TriggerBuilder.Create()
        .WithIdentity(milestone.Key, GroupOf(cohortId))
        .ForJob(CohortMilestoneJob.Key)
        .UsingJobData(CohortMilestoneJob.CohortIdKey, cohortId.ToString())
        .UsingJobData(CohortMilestoneJob.MilestoneKey, milestone.Key)
        // A moment already passed would wait for the misfire scan; it is simply due now.
        .StartAt(new DateTimeOffset(DateTime.SpecifyKind(milestone.FireAtUtc > now ? milestone.FireAtUtc : now, DateTimeKind.Utc)))
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
