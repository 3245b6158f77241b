using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

/// <summary>The signed-in user's own notifications; nobody reads another user's.</summary>
public interface INotificationAppService
{
    Task<PagedResult<NotificationDto>> GetMineAsync(NotificationQuery query, CancellationToken ct);
    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct);
    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct);
    Task<MarkAllReadResultDto> MarkAllReadAsync(CancellationToken ct);
    Task<IReadOnlyList<NotificationPreferenceDto>> GetPreferencesAsync(CancellationToken ct);
    Task<IReadOnlyList<NotificationPreferenceDto>> SavePreferencesAsync(SaveNotificationPreferencesInput input, CancellationToken ct);
}
