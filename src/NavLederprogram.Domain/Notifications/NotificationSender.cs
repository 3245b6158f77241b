using NavLederprogram.Localization;

namespace NavLederprogram.Notifications;

/// <summary>
/// Queues a notification for each recipient, at most once per deduplication key, and an e-mail in the recipient's
/// language when they have an address and have not turned e-mail off for the kind. Nothing is saved here: the caller's
/// unit of work saves it together with the change that caused it.
/// </summary>
public sealed class NotificationSender(INotificationRepository notifications, NotificationRenderer renderer, TimeProvider clock) : INotificationSender
{
    public async Task NotifyUsersAsync(IReadOnlyCollection<Guid> userIds, NotificationMessage message, CancellationToken ct = default)
    {
        Notification.Validate(message);
        var ids = userIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count > 0) await QueueAsync(await notifications.GetUserRecipientsAsync(ids, message.Kind, ct), message, ct);
    }

    public async Task NotifyPeopleAsync(IReadOnlyCollection<Guid> personIds, NotificationMessage message, CancellationToken ct = default)
    {
        Notification.Validate(message);
        var ids = personIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count > 0) await QueueAsync(await notifications.GetPersonRecipientsAsync(ids, message.Kind, ct), message, ct);
    }

    private async Task QueueAsync(IReadOnlyList<NotificationRecipient> found, NotificationMessage message, CancellationToken ct)
    {
        // One notification per user (or per person without a user), however they were named.
        var recipients = found.DistinctBy(r => r.UserId ?? r.PersonId).ToList();
        if (!string.IsNullOrWhiteSpace(message.DeduplicationKey) && recipients.Count > 0)
        {
            var already = await notifications.GetAlreadyNotifiedAsync(
                [.. recipients.Where(r => r.UserId is not null).Select(r => r.UserId!.Value)],
                [.. recipients.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value)], message.DeduplicationKey.Trim(), ct);
            recipients.RemoveAll(r => (r.UserId is { } u && already.Contains(u)) || (r.PersonId is { } p && already.Contains(p)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in recipients)
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
