using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;

namespace NavLederprogram.HttpApi.Host.Programmes;

/// <summary>A cohort's milestone triggers, named by the cohort and the milestone they run, for the jobs page.</summary>
public sealed class CohortMilestoneTriggers(ICohortRepository cohorts) : ITriggerGroupOwner
{
    public Guid? OwnerOf(string triggerGroup) => QuartzCohortMilestoneScheduler.CohortOf(triggerGroup);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct) =>
        (await cohorts.GetListAsync(ownerIds, ct)).ToDictionary(c => c.Id, c => c.Name);

    public string? WhatText(string triggerName) =>
        CohortMilestones.KindOf(triggerName) is { } kind ? LocalizationTexts.EnumText(kind) : null;
}
