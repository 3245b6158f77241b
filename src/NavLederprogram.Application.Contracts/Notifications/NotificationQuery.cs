using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

public sealed class NotificationQuery : PagedQuery
{
    public bool UnreadOnly { get; set; }
}
