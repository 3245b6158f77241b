namespace NavLederprogram.Scheduling;

public sealed record JobOutcomeDto(DateTime FiredAt, bool Succeeded, string? Message);

/// <param name="Schedule">When the trigger fires, in plain words in the reader's language.</param>
public sealed record TriggerDto(
    string Group, string Name, string State, string? Description, string? Schedule, string? CronExpression,
    DateTime? PreviousFireTime, DateTime? NextFireTime);

/// <summary>The pending milestones of one cohort, which are triggers of the milestone job in the cohort's own group.</summary>
public sealed record CohortMilestoneTriggersDto(Guid CohortId, string CohortName, int Pending, string? NextKindName, DateTime? NextFireTime);

/// <param name="Title">The job's name in the reader's language.</param>
/// <param name="Cohorts">For the cohort milestone job: its triggers grouped per cohort, instead of one by one in <paramref name="Triggers"/>.</param>
public sealed record JobDto(string Group, string Name, string Title, string? Description, JobOutcomeDto? LastOutcome, IReadOnlyList<TriggerDto> Triggers,
    IReadOnlyList<CohortMilestoneTriggersDto> Cohorts);

public interface IJobAppService
{
    Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken ct);
}
