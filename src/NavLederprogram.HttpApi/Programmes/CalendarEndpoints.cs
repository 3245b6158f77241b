using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

public static class CalendarEndpoints
{
    public const string CalendarContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var signedIn = NavLederprogramPolicies.SignedInUser;
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        group.MapGet("/my-feed", (ICalendarAppService s, CancellationToken ct) => s.GetMyFeedAsync(ct))
            .RequireAuthorization(signedIn).WithName("GetMyCalendarFeed");
        group.MapPost("/my-feed/renew", (ICalendarAppService s, CancellationToken ct) => s.RenewMyFeedAsync(ct))
            .RequireAuthorization(signedIn).WithName("RenewMyCalendarFeed");
        group.MapDelete("/my-feed", async (ICalendarAppService s, CancellationToken ct) =>
            {
                await s.RevokeMyFeedAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(signedIn).WithName("RevokeMyCalendarFeed");

        // Calendar apps fetch this without signing in: the token in the address is the secret, and an unknown or revoked one is not found.
        group.MapGet("/feeds/{token}.ics", async (string token, HttpContext http, ICalendarAppService s, CancellationToken ct) =>
            {
                var document = await s.GetFeedAsync(token, ct);
                // Subscribed apps poll every few hours: an unchanged calendar is answered with 304 and no body.
                var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Content)))[..32]}\"";
                http.Response.Headers.ETag = etag;
                http.Response.Headers.CacheControl = "private, no-cache";
                http.Response.Headers["X-Robots-Tag"] = "noindex";
                if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                return Results.Text(document.Content, CalendarContentType);
            })
            .AllowAnonymous().WithName("GetCalendarFeed").ExcludeFromDescription();

        app.MapGet("/api/cohorts/{cohortId:guid}/sessions/{sessionId:guid}.ics", async (Guid cohortId, Guid sessionId, ICalendarAppService s, CancellationToken ct) =>
            {
                var document = await s.GetSessionAsync(cohortId, sessionId, ct);
                return TypedResults.File(Encoding.UTF8.GetBytes(document.Content), CalendarContentType, document.FileName);
            })
            .RequireAuthorization(signedIn).WithTags("Calendar").WithName("GetCohortSessionCalendar");
        return app;
    }
}
