using NavLederprogram.Competence;
using NavLederprogram.Data;

namespace NavLederprogram.Notifications;

/// <summary>
/// Turns the expiry reminders the Competence module queued into <c>Competence.Expiring</c> notifications and marks
/// them sent. The deduplication key is the reminder's id, so a run that stops half-way sends nothing twice.
/// </summary>
public sealed class CompetenceExpiryNotifications(
    ICompetenceReminders reminders,
    INotificationRepository recipients,
    INotificationSender sender,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string TemplateKey = "Competence.Expiring";
    public const string Link = "/competence/my";
    private const int BatchSize = 200;

    public static string DeduplicationKey(Guid reminderId) => $"competence-reminder:{reminderId:N}";

    /// <summary>Handles every reminder not yet sent; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var due = await reminders.GetUnsentAsync(BatchSize, ct);
            if (due.Count == 0) return total;

            // A reminder for someone who has left the register is marked sent without a notification.
            var cultures = (await recipients.GetPersonRecipientsAsync(due.Select(r => r.PersonId).Distinct().ToList(), NotificationKind.CompetenceExpiry, ct))
                .Where(r => r.PersonId is not null).ToDictionary(r => r.PersonId!.Value, r => r.Culture);
            foreach (var r in due)
            {
                if (!cultures.TryGetValue(r.PersonId, out var culture)) continue;
                // Arguments are plain text: the competence is named in the language the person chose.
                await sender.NotifyPeopleAsync([r.PersonId], new NotificationMessage(NotificationKind.CompetenceExpiry, TemplateKey,
                    [r.CompetenceName.In(culture), r.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], Link,
                    DeduplicationKey(r.Id)), ct);
            }
            await unitOfWork.SaveChangesAsync(ct);
            await reminders.MarkSentAsync(due.Select(r => r.Id).ToList(), clock.GetUtcNow().UtcDateTime, ct);
            total += due.Count;
        }
    }
}
