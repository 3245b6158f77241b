namespace NavLederprogram.Competence;

/// <summary>An expiry reminder the Competence module queued and nobody has sent yet, with the competence's name.</summary>
[ModuleContract]
public sealed record DueCompetenceReminder(Guid Id, Guid PersonId, DateOnly ValidUntil, LocalizedText CompetenceName);
