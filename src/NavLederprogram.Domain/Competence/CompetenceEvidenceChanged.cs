using NavLederprogram.Entities;
using NavLederprogram.Events;

namespace NavLederprogram.Competence;

/// <summary>A person's evidence for a competence changed; their statuses must follow at once.</summary>
public sealed record CompetenceEvidenceChanged(Guid PersonId, Guid CompetenceAreaId) : IDomainEvent;
