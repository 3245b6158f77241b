namespace NavLederprogram.Notifications;

/// <summary>
/// A notification to send. <see cref="TemplateKey"/> names the texts <c>Notification:{TemplateKey}.Subject</c> and
/// <c>Notification:{TemplateKey}.Body</c>, rendered in each recipient's language with <see cref="Arguments"/> as {0}, {1}…
/// <see cref="Link"/> is an app path (e.g. <c>/my-programme</c>). A recipient gets a message with the same
/// <see cref="DeduplicationKey"/> only once, so that a job run twice sends nothing new.
/// </summary>
[ModuleContract]
public sealed record NotificationMessage(
    NotificationKind Kind,
    string TemplateKey,
    IReadOnlyList<string> Arguments,
    string? Link = null,
    string? DeduplicationKey = null);

/// <summary>
/// Notifications address users: whoever has a user account can be notified, whatever their role and whether or not
/// they are linked to a person in the organisation register. Modules that know people (participants, leaders) name
/// the people; those resolve to their users, and a person without a user account yet still gets the e-mail.
/// Both save with the caller's unit of work; e-mail goes out after the save.
/// </summary>
[ModuleContract]
public interface INotificationSender
{
    /// <summary>Queues the message for each user: in the app, and by e-mail unless they turned it off for its kind.</summary>
    Task NotifyUsersAsync(IReadOnlyCollection<Guid> userIds, NotificationMessage message, CancellationToken ct = default);

    /// <summary>Queues the message for each person's user account, or only by e-mail to a person who has none.</summary>
    Task NotifyPeopleAsync(IReadOnlyCollection<Guid> personIds, NotificationMessage message, CancellationToken ct = default);
}
