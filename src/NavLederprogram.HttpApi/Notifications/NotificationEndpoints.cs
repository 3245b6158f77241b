using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        // Each user reads only their own notifications: the signed-in policy is enough, the service limits to the caller.
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(NavLederprogramPolicies.SignedInUser);

        group.MapGet("", GetMyNotifications).WithName(nameof(GetMyNotifications));
        group.MapGet("/unread-count", GetMyUnreadNotificationCount).WithName(nameof(GetMyUnreadNotificationCount));
        group.MapPost("/{id:guid}/read", MarkNotificationRead).WithName(nameof(MarkNotificationRead));
        group.MapPost("/read-all", MarkAllNotificationsRead).WithName(nameof(MarkAllNotificationsRead));
        group.MapGet("/preferences", GetNotificationPreferences).WithName(nameof(GetNotificationPreferences));
        group.MapPut("/preferences", SaveNotificationPreferences).WithName(nameof(SaveNotificationPreferences));
        return app;
    }

    private static Task<PagedResult<NotificationDto>> GetMyNotifications(
        [AsParameters] PagedQueryParameters q, [FromQuery(Name = "unreadOnly")] bool? unreadOnly,
        INotificationAppService s, CancellationToken ct) =>
        s.GetMineAsync(q.ToQuery(new NotificationQuery { UnreadOnly = unreadOnly ?? false }), ct);

    private static Task<UnreadCountDto> GetMyUnreadNotificationCount(
        INotificationAppService s, CancellationToken ct) => s.GetUnreadCountAsync(ct);

    private static Task<NotificationDto> MarkNotificationRead(
        Guid id, INotificationAppService s, CancellationToken ct) => s.MarkReadAsync(id, ct);

    private static Task<MarkAllReadResultDto> MarkAllNotificationsRead(
        INotificationAppService s, CancellationToken ct) => s.MarkAllReadAsync(ct);

    private static Task<IReadOnlyList<NotificationPreferenceDto>> GetNotificationPreferences(
        INotificationAppService s, CancellationToken ct) =>
        s.GetPreferencesAsync(ct);

    private static Task<IReadOnlyList<NotificationPreferenceDto>> SaveNotificationPreferences(
        SaveNotificationPreferencesInput input, INotificationAppService s, CancellationToken ct) =>
        s.SavePreferencesAsync(input, ct);
}
