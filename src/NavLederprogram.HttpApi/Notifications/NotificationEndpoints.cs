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

        group.MapGet("", ([AsParameters] PagedQueryParameters q, [FromQuery(Name = "unreadOnly")] bool? unreadOnly, INotificationAppService s, CancellationToken ct) =>
                s.GetMineAsync(q.ToQuery(new NotificationQuery { UnreadOnly = unreadOnly ?? false }), ct))
            .WithName("GetMyNotifications");
        group.MapGet("/unread-count", (INotificationAppService s, CancellationToken ct) => s.GetUnreadCountAsync(ct))
            .WithName("GetMyUnreadNotificationCount");
        group.MapPost("/{id:guid}/read", (Guid id, INotificationAppService s, CancellationToken ct) => s.MarkReadAsync(id, ct))
            .WithName("MarkNotificationRead");
        group.MapPost("/read-all", (INotificationAppService s, CancellationToken ct) => s.MarkAllReadAsync(ct))
            .WithName("MarkAllNotificationsRead");
        group.MapGet("/preferences", (INotificationAppService s, CancellationToken ct) => s.GetPreferencesAsync(ct))
            .WithName("GetNotificationPreferences");
        group.MapPut("/preferences", (SaveNotificationPreferencesInput input, INotificationAppService s, CancellationToken ct) => s.SavePreferencesAsync(input, ct))
            .WithName("SaveNotificationPreferences");
        return app;
    }
}
