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
}

/// <summary>
/// An e-mail waiting in the outbox. It is rendered when it is queued, in the recipient's language, so that sending
/// needs nothing but this row; a failure is retried a few times with its error kept.
/// </summary>
public class NotificationEmail : IHasDomainEvents
{
    private readonly List<IDomainEvent> _events = [];

    public Guid Id { get; private set; }
    public Guid NotificationId { get; private set; }
    public string To { get; private set; } = "";
    public string Culture { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public DateTime CreationTime { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>Not before this time: a failed e-mail waits a little longer after each attempt.</summary>
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public bool IsPending => SentAt is null && Attempts < NotificationConsts.MaxEmailAttempts;

    private NotificationEmail() { }

    public NotificationEmail(Guid id, Guid notificationId, string to, string culture, RenderedNotification content, DateTime now)
    {
        Id = id;
        NotificationId = notificationId;
        To = to.Trim();
        Culture = culture;
        Subject = content.Subject.Length > NotificationConsts.MaxSubjectLength ? content.Subject[..NotificationConsts.MaxSubjectLength] : content.Subject;
        TextBody = content.TextBody;
        HtmlBody = content.HtmlBody;
        CreationTime = now;
        NextAttemptAt = now;
        _events.Add(new NotificationEmailQueued(id));
    }

    public void MarkSent(DateTime now)
    {
        if (SentAt is not null) return;
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Records a failed attempt; the next waits 1, 2, 4, 8 minutes, and after the last one the e-mail is given up.</summary>
    public void RecordFailure(DateTime now, string error)
    {
        if (SentAt is not null) return;
        Attempts++;
        LastError = error.Length > NotificationConsts.MaxErrorLength ? error[..NotificationConsts.MaxErrorLength] : error;
        NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts - 1));
    }

    public IReadOnlyList<IDomainEvent> GetDomainEvents() => _events;

    public void ClearDomainEvents() => _events.Clear();
}

/// <summary>An e-mail was saved to the outbox: the sender may go at once instead of waiting for its next round.</summary>
public sealed record NotificationEmailQueued(Guid EmailId) : IDomainEvent;

/// <summary>A user's choice for one kind of notification. Without a row, e-mail is on.</summary>
public class NotificationPreference
{
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public bool EmailEnabled { get; private set; }

    private NotificationPreference() { }

    public NotificationPreference(Guid userId, NotificationKind kind, bool emailEnabled)
    {
        UserId = userId;
        Kind = kind;
        EmailEnabled = emailEnabled;
    }

    public void SetEmail(bool enabled) => EmailEnabled = enabled;

    public const bool DefaultEmailEnabled = true;
}
