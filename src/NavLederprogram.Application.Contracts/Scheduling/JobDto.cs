namespace NavLederprogram.Scheduling;

/// <param name="Title">The job's name in the reader's language.</param>
/// <param name="Cohorts">For the cohort milestone job: its triggers grouped per cohort, instead of one by one in <paramref name="Triggers"/>.</param>
public sealed record JobDto(string Group, string Name, string Title, string? Description, JobOutcomeDto? LastOutcome, IReadOnlyList<TriggerDto> Triggers,
    IReadOnlyList<CohortMilestoneTriggersDto> Cohorts);
