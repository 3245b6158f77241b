using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram;

/// <summary>
/// A JSON document that stays the same while the process runs, such as the texts of one language: serialized and
/// compressed once instead of on every request, answered compressed as the caller accepts, and revalidated by its ETag,
/// so that a returning browser gets 304 instead of the whole document again.
/// </summary>
public static class FixedJsonDocument
{
    private static readonly ConcurrentDictionary<string, Encoded> Documents = new();

    public static IResult Answer<T>(string key, Func<T> create) => new Result(key, typeof(T), () => create()!);

    private sealed record Encoded(byte[] Json, byte[] Brotli, byte[] Gzip, EntityTagHeaderValue ETag)
    {
        public byte[] In(string? coding) => coding switch
        {
            ContentCodings.Brotli => Brotli,
            ContentCodings.Gzip => Gzip,
            _ => Json,
        };
    }

    private sealed class Result(string key, Type type, Func<object> create) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var document = Documents.GetOrAdd(key, _ => Encode(context, type, create()));
            var request = context.Request;
            var response = context.Response;
            response.Headers.CacheControl = "no-cache";
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            var headers = response.GetTypedHeaders();
            headers.ETag = document.ETag;
            if (request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(document.ETag, useStrongComparison: false) || t.Tag == "*"))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            var coding = ContentCodings.Choose(request, [ContentCodings.Brotli, ContentCodings.Gzip]);
            if (coding is not null) response.Headers.ContentEncoding = coding;
            var body = document.In(coding);
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Encoded Encode(HttpContext context, Type type, object value)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type, options);
        // Weak: the compressed forms differ in bytes but not in meaning, so one tag serves them all.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(json))[..32]}\"", isWeak: true);
        return new Encoded(json, Compress(json, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
            Compress(json, s => new GZipStream(s, CompressionLevel.SmallestSize)), etag);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(bytes);
        return buffer.ToArray();
    }
}
