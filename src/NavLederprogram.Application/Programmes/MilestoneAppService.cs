using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;

namespace NavLederprogram.Programmes;

public sealed class MilestoneAppService(
    IMilestoneRunRepository runs,
    ICohortMilestoneScheduler scheduler,
    CohortMilestoneRunner runner,
    ProgrammeAccess access) : IMilestoneAppService
{
    public async Task<IReadOnlyList<MilestoneDto>> GetAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        var scheduled = await scheduler.GetScheduledAsync(cohort.Id, ct);
        var outcomes = (await runs.GetForCohortAsync(cohort.Id, ct)).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        return CohortMilestones.For(cohort).OrderBy(m => m.FireAtUtc)
            .Select(m => ToDto(m, scheduled.ContainsKey(m.Key), outcomes.GetValueOrDefault(m.Key))).ToList();
    }

    public async Task<MilestoneDto> RunAsync(Guid cohortId, string key, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        var milestone = CohortMilestones.For(cohort).FirstOrDefault(m => m.Key == key) ?? throw new EntityNotFoundException(typeof(Milestone), key);
        await runner.RunAsync(cohort.Id, key, true, ct);
        var scheduled = await scheduler.GetScheduledAsync(cohort.Id, ct);
        return ToDto(milestone, scheduled.ContainsKey(key), (await runs.GetForCohortAsync(cohort.Id, ct)).First(r => r.Key == key));
    }

    private static MilestoneDto ToDto(Milestone m, bool scheduled, MilestoneRun? run) =>
        new(m.Key, m.Kind, LocalizationTexts.EnumText(m.Kind),
            Localization.LocalizationTexts.Get($"Milestone:Description.{m.Kind}", null, m.DaysBefore ?? 0), m.FireAtUtc, scheduled,
            run is null ? null : new MilestoneOutcomeDto(run.RanAt, run.Succeeded, ResultText(run), run.ByHand));

    internal static string ResultText(MilestoneRun run) => Localization.LocalizationTexts.Get(run.ResultKey, null,
        [.. run.ResultArguments.Select(a => a.StartsWith("Enum:", StringComparison.Ordinal) ? Localization.LocalizationTexts.Get(a) : (object)a)]);
}
