using NavLederprogram.Localization;

namespace NavLederprogram.Notifications;

/// <summary>
/// Queues a notification for each person, at most once per deduplication key, and an e-mail in the person's language
/// when they have an address and have not turned e-mail off for the kind. Nothing is saved here: the caller's unit of
/// work saves it together with the change that caused it.
/// </summary>
public sealed class NotificationSender(INotificationRepository notifications, NotificationRenderer renderer, TimeProvider clock) : INotificationSender
{
    public async Task NotifyAsync(IReadOnlyCollection<Guid> personIds, NotificationMessage message, CancellationToken ct = default)
    {
        Notification.Validate(message);
        var people = personIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (people.Count == 0) return;
        if (!string.IsNullOrWhiteSpace(message.DeduplicationKey))
        {
            var already = await notifications.GetAlreadyNotifiedAsync(people, message.DeduplicationKey.Trim(), ct);
            people.RemoveAll(already.Contains);
            if (people.Count == 0) return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in await notifications.GetRecipientsAsync(people, message.Kind, ct))
        {
            var notification = new Notification(Guid.CreateVersion7(), recipient.PersonId, recipient.UserId, message, now);
            NotificationEmail? email = null;
            if (recipient.EmailEnabled && !string.IsNullOrWhiteSpace(recipient.Email))
            {
                var culture = LocalizationTexts.Normalize(recipient.Culture);
                email = new NotificationEmail(Guid.CreateVersion7(), notification.Id, recipient.Email, culture,
                    renderer.Render(notification.TemplateKey, notification.Arguments, notification.Link, culture), now);
            }
            await notifications.InsertAsync(notification, email, ct);
        }
    }
}
