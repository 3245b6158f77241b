using NavLederprogram.Events;

namespace NavLederprogram.Notifications;

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
