using NavLederprogram.Events;

namespace NavLederprogram.Notifications;

/// <summary>An e-mail was saved to the outbox: the sender may go at once instead of waiting for its next round.</summary>
public sealed record NotificationEmailQueued(Guid EmailId) : IDomainEvent;
