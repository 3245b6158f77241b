using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

public sealed class NotificationPreferenceInput
{
    public NotificationKind? Kind { get; set; }
    public bool? Email { get; set; }
}
