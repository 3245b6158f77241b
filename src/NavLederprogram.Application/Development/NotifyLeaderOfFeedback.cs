using NavLederprogram.Data;
using NavLederprogram.Development.Events;
using NavLederprogram.Events;
using NavLederprogram.Notifications;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>Tells the leader that a facilitator gave feedback on their results, with a link to their plan.</summary>
public sealed class NotifyLeaderOfFeedback(INotificationSender notifications, ICohortCoachingQueries cohorts, IUnitOfWork unitOfWork)
    : IDomainEventHandler<FacilitatorFeedbackGiven>
{
    public async Task HandleAsync(IReadOnlyList<FacilitatorFeedbackGiven> events, CancellationToken ct)
    {
        foreach (var given in events)
        {
            var cohort = (await cohorts.FindAsync(given.CohortId, ct))?.Name ?? "";
            await notifications.NotifyPeopleAsync([given.PersonId],
                new NotificationMessage(NotificationKind.Feedback, "Development.FeedbackGiven", [cohort], "/development"), ct);
        }
        if (events.Count > 0) await unitOfWork.SaveChangesAsync(ct);
    }
}
