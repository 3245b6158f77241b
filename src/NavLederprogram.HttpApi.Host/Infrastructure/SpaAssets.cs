using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Serves the Angular build: the Brotli or gzip file the build wrote beside each asset when the browser accepts it, fingerprinted
/// files cached for a year, index.html revalidated on every use so that a new release is seen at once, and the few files copied
/// from public/ as they are (the icon, the HR template) kept for an hour, so that a returning browser does not ask for them on every page.
/// </summary>
public static partial class SpaAssets
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";
    public const string AnHour = "public, max-age=3600";

    /// <summary>Precompressed variants, best first: the build writes <c>file.br</c> and <c>file.gz</c> beside <c>file</c>.</summary>
    private static readonly (string Encoding, string Suffix)[] Variants = [(ContentCodings.Brotli, ".br"), (ContentCodings.Gzip, ".gz")];

    private static readonly FileExtensionContentTypeProvider KnownTypes = new();

    public static IApplicationBuilder UseSpaAssets(this IApplicationBuilder app, IFileProvider files)
    {
        app.Use(next => context => ChooseVariant(context, files, next));
        return app.UseStaticFiles(Options(files));
    }

    /// <summary>Every path that is neither a file, an endpoint nor the API gets index.html, negotiated and revalidated like any asset.</summary>
    public static IEndpointConventionBuilder MapSpaFallback(this IEndpointRouteBuilder endpoints, IFileProvider files)
    {
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.Use(next => context =>
        {
            context.Request.Path = "/index.html";
            // Without an endpoint the static-file middleware answers the request.
            context.SetEndpoint(null);
            return next(context);
        });
        pipeline.UseSpaAssets(files);
        return endpoints.MapFallback(pipeline.Build());
    }

    /// <summary>Angular names every file it builds <c>name-HASH.js</c>/<c>.css</c> and puts what styles refer to in media/; files copied from public/ keep their names.</summary>
    public static bool IsFingerprinted(string path) => path.StartsWith("/media/", StringComparison.Ordinal) || Fingerprint().IsMatch(path);

    private static Task ChooseVariant(HttpContext context, IFileProvider files, RequestDelegate next)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.HasValue) return next(context);
        var path = request.Path.Value!;
        // API and page paths have no extension: they pass without a look at the disk.
        if (!Path.HasExtension(path)) return next(context);
        if (Variants.Any(v => path.EndsWith(v.Suffix, StringComparison.OrdinalIgnoreCase)) || !files.GetFileInfo(path).Exists) return next(context);

        var available = Variants.Where(v => files.GetFileInfo(path + v.Suffix).Exists).ToList();
        if (available.Count == 0) return next(context);
        // Whichever representation this answer is, a shared cache must keep them apart.
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        var chosen = ContentCodings.Choose(request, available.Select(v => v.Encoding));
        if (chosen is not null) request.Path = path + available.First(v => v.Encoding == chosen).Suffix;
        return next(context);
    }

    private static StaticFileOptions Options(IFileProvider files) => new()
    {
        FileProvider = files,
        ContentTypeProvider = new VariantTypes(),
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            var (original, encoding) = Unwrap(context.Context.Request.Path.Value ?? "");
            if (encoding is not null) headers.ContentEncoding = encoding;
            headers.CacheControl = IsFingerprinted(original) ? Immutable : original.EndsWith(".html", StringComparison.Ordinal) ? Revalidate : AnHour;
        },
    };

    private static (string Original, string? Encoding) Unwrap(string path)
    {
        foreach (var (encoding, suffix) in Variants)
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return (path[..^suffix.Length], encoding);
        return (path, null);
    }

    /// <summary>A compressed variant has the type of what it holds: main.js.br is JavaScript (sent with Content-Encoding: br).</summary>
    private sealed class VariantTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType) =>
            KnownTypes.TryGetContentType(Unwrap(subpath).Original, out contentType!);
    }

    [GeneratedRegex(@"-[A-Za-z0-9_-]{8}\.(?:js|css)$")]
    private static partial Regex Fingerprint();
}
