namespace NavLederprogram.Scheduling;

/// <param name="Schedule">When the trigger fires, in plain words in the reader's language.</param>
public sealed record TriggerDto(
    string Group, string Name, string State, string? Description, string? Schedule, string? CronExpression,
    DateTime? PreviousFireTime, DateTime? NextFireTime);
