using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Audit;

/// <summary>
/// Marks an endpoint that shows one named person's personal data: after a successful response to anyone but that person, an
/// entry of kind <see cref="AuditKind.PersonalDataRead"/> records who read whose data, from where. The person is named by a
/// route value, or by the response itself when the route names something of theirs (a plan, an enrolment).
/// </summary>
[ModuleContract]
public static class PersonalDataReadRecording
{
    /// <summary>The route value <paramref name="personIdRouteValue"/> is the person whose data the endpoint returns.</summary>
    public static RouteHandlerBuilder RecordsPersonalDataRead(this RouteHandlerBuilder endpoint, string personIdRouteValue) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (Guid.TryParse(context.HttpContext.GetRouteValue(personIdRouteValue)?.ToString(), out var personId))
                await RecordAsync(context.HttpContext, personId, result);
            return result;
        });

    /// <summary>The response (a <typeparamref name="TResult"/>) names the person whose data it holds.</summary>
    public static RouteHandlerBuilder RecordsPersonalDataRead<TResult>(this RouteHandlerBuilder endpoint, Func<TResult, Guid?> personOf) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is TResult value && personOf(value) is { } personId) await RecordAsync(context.HttpContext, personId, result);
            return result;
        });

    private static async Task RecordAsync(HttpContext http, Guid personId, object? result)
    {
        // A failed read (403, 404, a problem) showed nothing; a status code set elsewhere than the result is not a success either.
        if (result is IStatusCodeHttpResult { StatusCode: >= 300 } || http.Response.StatusCode >= 300) return;
        await http.RequestServices.GetRequiredService<IPersonalDataReadRecorder>().RecordAsync(personId, Route(http), http.RequestAborted);
    }

    /// <summary>Which endpoint was read, by its route pattern (ids, never names, are in it).</summary>
    private static string? Route(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
}
