namespace NavLederprogram.Scheduling;

public sealed record JobOutcomeDto(DateTime FiredAt, bool Succeeded, string? Message);
