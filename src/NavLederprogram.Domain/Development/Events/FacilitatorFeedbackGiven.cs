using NavLederprogram.Events;

namespace NavLederprogram.Development.Events;

/// <summary>A facilitator gave feedback on a leader's results; the leader is notified.</summary>
public sealed record FacilitatorFeedbackGiven(Guid PlanId, Guid PersonId, Guid CohortId, Guid? GoalId, Guid AuthorUserId) : IDomainEvent;
