using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Notifications;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Once an evaluation closes within <see cref="DaysBeforeClose"/> days, those eligible who have not answered are reminded, once: the
/// notification's deduplication key names the evaluation, so the next day's run, or a second node, sends nothing new.
/// </summary>
public sealed class EvaluationReminders(
    IEvaluationRepository evaluations,
    IEvaluationEligibility eligibility,
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
        var due = await evaluations.GetOpenClosingBeforeAsync(now, now.AddDays(DaysBeforeClose), ct);
        if (due.Count == 0) return 0;
        var answered = await evaluations.GetRespondentsAsync(due.Select(e => e.Id).ToList(), ct);
        var reminded = 0;
        foreach (var evaluation in due)
        {
            var waiting = (await eligibility.GetEligiblePersonIdsAsync(evaluation, ct))
                .Except(answered.GetValueOrDefault(evaluation.Id) ?? new HashSet<Guid>()).ToList();
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
