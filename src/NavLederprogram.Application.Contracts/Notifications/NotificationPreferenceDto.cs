using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

/// <summary>The reader's choice for one kind: the kind's name and description in the reader's language, and e-mail on or off.</summary>
public sealed record NotificationPreferenceDto(NotificationKind Kind, string Name, string Description, bool Email);
