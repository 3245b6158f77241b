using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>What a job role requires changed: the statuses of everyone holding it must follow.</summary>
public sealed record CompetenceRequirementChanged(Guid JobRoleId) : NavLederprogram.Events.IDomainEvent;
