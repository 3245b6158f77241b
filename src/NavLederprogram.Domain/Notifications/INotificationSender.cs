namespace NavLederprogram.Notifications;

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
