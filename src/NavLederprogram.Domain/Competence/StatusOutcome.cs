namespace NavLederprogram.Competence;

/// <summary>The outcome for one person and one requirement on one day.</summary>
public readonly record struct StatusOutcome(CompetenceStatus Status, int? CurrentLevel, DateOnly Deadline, DateOnly? ValidUntil);
