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
                j.Triggers, PerCohort(j.Milestones, names), j.Triggers.Count > 0);
        }).ToList();
    }

    public async Task RunNowAsync(string group, string name, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(name, group);
        var ownSchedule = await scheduler.GetJobDetail(key, ct) is not null
            && (await scheduler.GetTriggersOfJob(key, ct)).Any(t => owners.OwnerOf(t.Key.Group) is null);
        if (!ownSchedule) throw new EntityNotFoundException("Job", $"{group}.{name}");
        await scheduler.TriggerJob(key, ct);
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
