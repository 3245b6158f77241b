using NavLederprogram.Events;

namespace NavLederprogram.Notifications;

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
