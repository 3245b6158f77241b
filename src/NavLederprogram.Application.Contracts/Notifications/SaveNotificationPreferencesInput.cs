using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

/// <summary>The kinds to change; kinds left out keep their setting.</summary>
public sealed class SaveNotificationPreferencesInput
{
    public List<NotificationPreferenceInput>? Items { get; set; }
}
