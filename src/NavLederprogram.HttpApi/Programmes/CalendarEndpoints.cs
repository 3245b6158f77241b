using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

        group.MapGet("/my-feed", GetMyCalendarFeed).RequireAuthorization(signedIn).WithName(nameof(GetMyCalendarFeed));
        group.MapPost("/my-feed/renew", RenewMyCalendarFeed).RequireAuthorization(signedIn).WithName(nameof(RenewMyCalendarFeed));
        group.MapDelete("/my-feed", RevokeMyCalendarFeed).RequireAuthorization(signedIn).WithName(nameof(RevokeMyCalendarFeed));

        // Calendar apps fetch this without signing in: the token in the address is the secret, and an unknown or revoked one is not found.
        group.MapGet("/feeds/{token}.ics", GetCalendarFeed).AllowAnonymous().WithName(nameof(GetCalendarFeed)).ExcludeFromDescription();

        app.MapGet("/api/cohorts/{cohortId:guid}/sessions/{sessionId:guid}.ics", GetCohortSessionCalendar)
            .RequireAuthorization(signedIn).WithTags("Calendar").WithName(nameof(GetCohortSessionCalendar));
        return app;
    }

    private static Task<CalendarFeedDto> GetMyCalendarFeed(ICalendarAppService s, CancellationToken ct) => s.GetMyFeedAsync(ct);

    private static Task<CalendarFeedDto> RenewMyCalendarFeed(ICalendarAppService s, CancellationToken ct) => s.RenewMyFeedAsync(ct);

    private static async Task<NoContent> RevokeMyCalendarFeed(ICalendarAppService s, CancellationToken ct)
    {
        await s.RevokeMyFeedAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> GetCalendarFeed(string token, HttpContext http, ICalendarAppService s, CancellationToken ct)
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
    }

    private static async Task<FileContentHttpResult> GetCohortSessionCalendar(
        Guid cohortId, Guid sessionId, ICalendarAppService s, CancellationToken ct)
    {
        var document = await s.GetSessionAsync(cohortId, sessionId, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(document.Content), CalendarContentType, document.FileName);
    }
}
