using NavLederprogram.Organisation;

namespace NavLederprogram.Notifications;

/// <summary>
/// Where a notification goes: the person's user account if any, their e-mail address (the person's own, else the
/// account's), the language they chose, and whether they want e-mail for the kind in question.
/// </summary>
public sealed record NotificationRecipient(Guid PersonId, Guid? UserId, string? Email, string Culture, bool EmailEnabled);

public interface INotificationRepository
{
    Task<IReadOnlyList<NotificationRecipient>> GetRecipientsAsync(IReadOnlyCollection<Guid> personIds, NotificationKind kind, CancellationToken ct = default);
    /// <summary>Who of these people already has a notification with the key, saved or queued in this unit of work.</summary>
    Task<IReadOnlySet<Guid>> GetAlreadyNotifiedAsync(IReadOnlyCollection<Guid> personIds, string deduplicationKey, CancellationToken ct = default);
    Task InsertAsync(Notification notification, NotificationEmail? email, CancellationToken ct = default);

    /// <summary>The user's notifications, newest first: those to the user and to any person linked to the user.</summary>
    Task<Page<Notification>> GetPageForUserAsync(Guid userId, bool unreadOnly, int skipCount, int maxResultCount, CancellationToken ct = default);
    Task<int> CountUnreadAsync(Guid userId, CancellationToken ct = default);
    Task<Notification?> FindForUserAsync(Guid id, Guid userId, CancellationToken ct = default);
    Task<int> MarkAllReadAsync(Guid userId, DateTime now, CancellationToken ct = default);

    Task<IReadOnlyList<NotificationPreference>> GetPreferencesAsync(Guid userId, CancellationToken ct = default);
    Task InsertPreferenceAsync(NotificationPreference preference, CancellationToken ct = default);

    /// <summary>E-mails due to go, oldest first, tracked so that their outcome is saved.</summary>
    Task<IReadOnlyList<NotificationEmail>> GetDueEmailsAsync(DateTime now, int max, CancellationToken ct = default);
}
