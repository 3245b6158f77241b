using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Notifications;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Once an evaluation closes within <see cref="DaysBeforeClose"/> days, those who may answer and have not are reminded, once per
/// evaluation: it is marked reminded in the same save, and the notification's deduplication key names it, so the next day's run, or
/// a second node, sends nothing new. An evaluation opened less than a day ago is left for the next day, so the reminder does not
/// come with the notice that it opened.
/// </summary>
public sealed class EvaluationReminders(
    IEvaluationReminderRepository reminders,
    EvaluationEligibility eligibility,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string TemplateKey = "Evaluations.Reminder";
    public const int DaysBeforeClose = 2;

    public static string DeduplicationKey(Guid evaluationId) => $"evaluation-reminder/{evaluationId:N}";

    /// <summary>Reminds of the open evaluations that close soon; returns how many evaluations had someone to remind.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await reminders.GetDueAsync(now, now.AddDays(-1), now.AddDays(DaysBeforeClose), ct);
        if (due.Count == 0) return 0;
        var eligible = await eligibility.GetEligibleAsync(due, ct);
        var answered = await reminders.GetRespondentsAsync(due.Select(e => e.Id).ToList(), ct);
        var reminded = 0;
        foreach (var evaluation in due)
        {
            evaluation.MarkReminded(now);
            var waiting = eligible.GetValueOrDefault(evaluation.Id)?.Except(answered.GetValueOrDefault(evaluation.Id) ?? new HashSet<Guid>()).ToList() ?? [];
            if (waiting.Count == 0) continue;
            // ISO time: the renderer writes it in each reader's language and time zone.
            var closesAt = DateTime.SpecifyKind(evaluation.ClosesAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            await notifications.NotifyPeopleAsync(waiting, new NotificationMessage(NotificationKind.Reminder, TemplateKey, [evaluation.Title, closesAt],
                $"/evaluations/answer/{evaluation.Id}", DeduplicationKey(evaluation.Id)), ct);
            reminded++;
        }
        await unitOfWork.SaveChangesAsync(ct);
        return reminded;
    }
}
