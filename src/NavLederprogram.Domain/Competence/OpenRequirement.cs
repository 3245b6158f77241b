namespace NavLederprogram.Competence;

/// <summary>A requirement a person does not meet today: the competence is missing, expired or overdue.</summary>
[ModuleContract]
public sealed record OpenRequirement(Guid PersonId, Guid RequirementId, Guid CompetenceAreaId, int RequiredLevel, CompetenceStatus Status, DateOnly Deadline);
