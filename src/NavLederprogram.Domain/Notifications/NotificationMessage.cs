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
