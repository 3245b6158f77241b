namespace NavLederprogram.Competence;

/// <summary>Approved evidence as the status rules see it.</summary>
public readonly record struct EvidenceFact(int Level, DateOnly AchievedOn, DateOnly? ValidUntil);
