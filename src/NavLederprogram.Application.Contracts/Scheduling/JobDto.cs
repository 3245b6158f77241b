namespace NavLederprogram.Scheduling;

/// <param name="Title">The job's name in the reader's language.</param>
/// <param name="Cohorts">For the cohort milestone job: its triggers grouped per cohort, instead of one by one in <paramref name="Triggers"/>.</param>
/// <param name="CanRunNow">The job runs on a schedule of its own, and an admin may run it at once.</param>
public sealed record JobDto(string Group, string Name, string Title, string? Description, JobOutcomeDto? LastOutcome, IReadOnlyList<TriggerDto> Triggers,
    IReadOnlyList<CohortMilestoneTriggersDto> Cohorts, bool CanRunNow);
