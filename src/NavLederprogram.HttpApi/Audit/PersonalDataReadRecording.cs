using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Audit;

/// <summary>
/// Marks an endpoint that shows one named person's personal data: after a successful response to anyone but that person, an
/// entry of kind <see cref="AuditKind.PersonalDataRead"/> records who read whose data, from where, once the answer is sent. The person is named by a
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
                RecordAfterResponse(context.HttpContext, personId, result);
            return result;
        });

    /// <summary>The response (a <typeparamref name="TResult"/>) names the person whose data it holds.</summary>
    public static RouteHandlerBuilder RecordsPersonalDataRead<TResult>(this RouteHandlerBuilder endpoint, Func<TResult, Guid?> personOf) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is TResult value && personOf(value) is { } personId) RecordAfterResponse(context.HttpContext, personId, result);
            return result;
        });

    private static void RecordAfterResponse(HttpContext http, Guid personId, object? result)
    {
        // A failed read (403, 404, a problem) showed nothing; a status code set elsewhere than the result is not a success either.
        if (result is IStatusCodeHttpResult { StatusCode: >= 300 } || http.Response.StatusCode >= 300) return;
        // Written once the answer has gone, still inside the request: the reader does not wait for the chain's lock (docs/decisions.md).
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        http.Response.OnCompleted(() =>
            http.RequestServices.GetRequiredService<IPersonalDataReadRecorder>().RecordAsync(personId, endpoint, CancellationToken.None));
    }
}
