using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

public interface INotificationRepository
{
    /// <summary>These users, each with the person linked to them if any.</summary>
    Task<IReadOnlyList<NotificationRecipient>> GetUserRecipientsAsync(IReadOnlyCollection<Guid> userIds, NotificationKind kind, CancellationToken ct = default);
    /// <summary>These people, each with their user account if they have one.</summary>
    Task<IReadOnlyList<NotificationRecipient>> GetPersonRecipientsAsync(IReadOnlyCollection<Guid> personIds, NotificationKind kind, CancellationToken ct = default);
    /// <summary>
    /// Which of these users and people already have a notification with the key, saved or queued in this unit of
    /// work: the user ids and person ids found.
    /// </summary>
    Task<IReadOnlySet<Guid>> GetAlreadyNotifiedAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<Guid> personIds, string deduplicationKey, CancellationToken ct = default);
    Task InsertAsync(Notification notification, NotificationEmail? email, CancellationToken ct = default);

    /// <summary>The user's notifications, newest first: those to the user, and those that reached the person linked to the user by e-mail only.</summary>
    Task<Page<Notification>> GetPageForUserAsync(Guid userId, bool unreadOnly, int skipCount, int maxResultCount, CancellationToken ct = default);
    Task<int> CountUnreadAsync(Guid userId, CancellationToken ct = default);
    Task<Notification?> FindForUserAsync(Guid id, Guid userId, CancellationToken ct = default);
    Task<int> MarkAllReadAsync(Guid userId, DateTime now, CancellationToken ct = default);

    Task<IReadOnlyList<NotificationPreference>> GetPreferencesAsync(Guid userId, CancellationToken ct = default);
    Task InsertPreferenceAsync(NotificationPreference preference, CancellationToken ct = default);

    /// <summary>E-mails due to go, oldest first, tracked so that their outcome is saved.</summary>
    Task<IReadOnlyList<NotificationEmail>> GetDueEmailsAsync(DateTime now, int max, CancellationToken ct = default);
}
