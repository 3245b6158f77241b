using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

/// <summary>
/// Where a notification goes: the user account (null for a person who has none yet), the person linked to it if any,
/// the e-mail address (the person's own, else the account's), the language the user chose, and whether they want
/// e-mail for the kind in question.
/// </summary>
public sealed record NotificationRecipient(Guid? UserId, Guid? PersonId, string? Email, string Culture, bool EmailEnabled);
