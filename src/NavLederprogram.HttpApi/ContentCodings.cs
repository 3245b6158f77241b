using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram;

/// <summary>Which of the compressed forms of a response the caller accepts, by its Accept-Encoding (RFC 9110 §12.5.3).</summary>
public static class ContentCodings
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>The first of <paramref name="available"/> (best first) that the request accepts, or null for the response as it is.</summary>
    public static string? Choose(HttpRequest request, IEnumerable<string> available)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        return accepted.Count == 0 ? null : available.FirstOrDefault(coding => Accepts(accepted, coding));
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        var named = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase));
        if (named is not null) return named.Quality is not 0;
        var any = accepted.FirstOrDefault(a => a.Value.Value == "*");
        return any is not null && any.Quality is not 0;
    }
}
