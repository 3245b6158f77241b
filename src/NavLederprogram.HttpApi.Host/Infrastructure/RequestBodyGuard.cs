using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Refuses a request body its endpoint cannot read before the endpoint runs, for every endpoint that takes one:
/// a media type the endpoint does not accept and any charset but UTF-8 (JSON is UTF-8 by RFC 8259) get a 415,
/// a declared length over the endpoint's form limit a 413 naming the limit. Without this, an unknown charset
/// surfaced as an InvalidOperationException deep in the JSON reader, i.e. a 500.
/// </summary>
public static class RequestBodyGuard
{
    public static IApplicationBuilder UseRequestBodyGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var accepts = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>();
        var request = context.Request;
        if (accepts is not null && (request.ContentLength > 0 || request.ContentType is not null || request.Headers.TransferEncoding.Count > 0))
        {
            if (!IsReadable(request.ContentType, accepts.ContentTypes))
                throw new BadHttpRequestException("The request body has a media type or charset this endpoint cannot read.", StatusCodes.Status415UnsupportedMediaType);
            if (endpoint!.Metadata.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit is { } limit && request.ContentLength > limit)
                throw new RequestTooLargeException(limit);
        }
        await next(context);
    });

    private static bool IsReadable(string? contentType, IReadOnlyList<string> accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType.Value is not { } type) return false;
        if (mediaType.Charset.HasValue && !IsUtf8(mediaType.Charset.Value!)) return false;
        return accepted.Count == 0 || accepted.Any(a =>
            string.Equals(a, type, StringComparison.OrdinalIgnoreCase)
            || (a == "application/json" && type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsUtf8(string charset) => charset.Trim('"').ToLowerInvariant() is "utf-8" or "utf8";
}
