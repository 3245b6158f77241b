namespace NavLederprogram.Scheduling;

public sealed record JobOutcomeDto(DateTime FiredAt, bool Succeeded, string? Message);

public sealed record TriggerDto(
    string Group, string Name, string State, string? Description, string? CronExpression,
    DateTime? PreviousFireTime, DateTime? NextFireTime);

public sealed record JobDto(string Group, string Name, string? Description, JobOutcomeDto? LastOutcome, IReadOnlyList<TriggerDto> Triggers);

public interface IJobAppService
{
    Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken ct);
}
