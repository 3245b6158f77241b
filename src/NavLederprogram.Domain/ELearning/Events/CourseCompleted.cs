using NavLederprogram.Competence;

namespace NavLederprogram.ELearning.Events;

/// <summary>A learner completed an e-learning course.</summary>
public sealed record CourseCompleted(Guid PersonId, Guid CourseId, string CourseName, DateOnly CompletedOn, IReadOnlyList<CompetenceGrant> Grants)
    : NavLederprogram.Events.IDomainEvent;
