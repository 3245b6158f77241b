using NavLederprogram.Events;

namespace NavLederprogram.Notifications;

/// <summary>
/// One message to one user, shown in the app. The text is kept as a template key and its arguments, so that it is
/// rendered in the reader's language when it is read. A recipient gets a message with the same deduplication key only once.
/// </summary>
public class Notification
{
    public Guid Id { get; private set; }
    /// <summary>The user it is addressed to; the app shows it to that user.</summary>
    public Guid? UserId { get; private set; }
    /// <summary>
    /// The person in the organisation register it went to, when the recipient is one. Without a user account at the
    /// time (only e-mail reached them) this is the address, and the app shows it once a user is linked to the person.
    /// </summary>
    public Guid? PersonId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string TemplateKey { get; private set; } = "";
    public string[] Arguments { get; private set; } = [];
    public string? Link { get; private set; }
    public string? DeduplicationKey { get; private set; }
    public DateTime CreationTime { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    private Notification() { }

    public Notification(Guid id, Guid? personId, Guid? userId, NotificationMessage message, DateTime now)
    {
        Validate(message);
        if (personId is null && userId is null) throw new ArgumentException("A notification needs a user or a person to go to.", nameof(userId));
        Id = id;
        PersonId = personId;
        UserId = userId;
        Kind = message.Kind;
        TemplateKey = message.TemplateKey.Trim();
        Arguments = [.. message.Arguments.Select(a => a ?? "")];
        Link = string.IsNullOrWhiteSpace(message.Link) ? null : message.Link.Trim();
        DeduplicationKey = string.IsNullOrWhiteSpace(message.DeduplicationKey) ? null : message.DeduplicationKey.Trim();
        CreationTime = now;
    }

    /// <summary>Reading twice keeps the first time it was read.</summary>
    public void MarkRead(DateTime now) => ReadAt ??= now;

    /// <summary>
    /// A message comes from another module's code, not from a user: a broken one is a programming error, caught here
    /// before anything is saved. The link must be a path inside the app, so that a notification never leads elsewhere.
    /// </summary>
    public static void Validate(NotificationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enum.IsDefined(message.Kind)) throw new ArgumentException($"Unknown notification kind {message.Kind}.", nameof(message));
        if (string.IsNullOrWhiteSpace(message.TemplateKey) || message.TemplateKey.Trim().Length > NotificationConsts.MaxTemplateKeyLength)
            throw new ArgumentException("A notification needs a template key of at most " + NotificationConsts.MaxTemplateKeyLength + " characters.", nameof(message));
        if (message.Arguments is null || message.Arguments.Count > NotificationConsts.MaxArguments
            || message.Arguments.Any(a => a is not null && a.Length > NotificationConsts.MaxArgumentLength))
            throw new ArgumentException("Too many or too long notification arguments.", nameof(message));
        if (!IsAppPath(message.Link))
            throw new ArgumentException("A notification link must be a path inside the app, such as /my-programme.", nameof(message));
        if (message.DeduplicationKey is { Length: > NotificationConsts.MaxDeduplicationKeyLength })
            throw new ArgumentException("The deduplication key is too long.", nameof(message));
    }

    public static bool IsAppPath(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return true;
        link = link.Trim();
        return link.Length <= NotificationConsts.MaxLinkLength && link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal)
            && !link.Contains('\\') && !link.Any(char.IsWhiteSpace);
    }

    /// <summary>An erased person's name, given as an argument of someone else's notification, replaced by their neutral code.</summary>
    public void ReplaceName(string name, string code) => Arguments = [.. Arguments.Select(a => a.Replace(name, code, StringComparison.Ordinal))];
}
