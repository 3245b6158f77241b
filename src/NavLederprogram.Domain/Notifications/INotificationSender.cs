namespace NavLederprogram.Notifications;

/// <summary>
/// A notification to send. <see cref="TemplateKey"/> names the texts <c>Notification:{TemplateKey}.Subject</c> and
/// <c>Notification:{TemplateKey}.Body</c>, rendered in each recipient's language with <see cref="Arguments"/> as {0}, {1}…
/// <see cref="Link"/> is an app path (e.g. <c>/my-programme</c>). A recipient gets a message with the same
/// <see cref="DeduplicationKey"/> only once, so that a job run twice sends nothing new.
/// </summary>
public sealed record NotificationMessage(
    NotificationKind Kind,
    string TemplateKey,
    IReadOnlyList<string> Arguments,
    string? Link = null,
    string? DeduplicationKey = null);

public interface INotificationSender
{
    /// <summary>
    /// Queues the message for each person: in-app when they have a user account, and by e-mail when they have an
    /// address and have not turned e-mail off for its kind. Saved with the caller's unit of work; e-mail goes out
    /// after the save.
    /// </summary>
    Task NotifyAsync(IReadOnlyCollection<Guid> personIds, NotificationMessage message, CancellationToken ct = default);
}
