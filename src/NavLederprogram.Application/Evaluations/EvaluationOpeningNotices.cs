using NavLederprogram.Data;
using NavLederprogram.Notifications;

namespace NavLederprogram.Evaluations;

/// <summary>
/// When an evaluation opens, everyone who may answer is told, in their language, with a link to the answer page. The evaluation
/// remembers that it was announced, and the notification's deduplication key names it, so a second run sends nothing new.
/// </summary>
public sealed class EvaluationOpeningNotices(
    IEvaluationRepository evaluations,
    EvaluationEligibility eligibility,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string TemplateKey = "Evaluations.Opened";

    /// <summary>Announces the evaluations opened and not yet announced; returns how many.</summary>
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var opened = await evaluations.GetOpenedNotNotifiedAsync(now, ct);
        if (opened.Count == 0) return 0;
        var eligible = await eligibility.GetEligibleAsync(opened, ct);
        foreach (var evaluation in opened)
        {
            var people = eligible[evaluation.Id];
            if (people.Count > 0)
            {
                var closesAt = evaluation.ClosesAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                await notifications.NotifyPeopleAsync(people.ToList(), new NotificationMessage(NotificationKind.Reminder, TemplateKey,
                    [evaluation.Title, closesAt], $"/evaluations/answer/{evaluation.Id}", $"evaluation-opened/{evaluation.Id:N}"), ct);
            }
            evaluation.MarkOpeningNotified(now);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return opened.Count;
    }
}
