using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The Angular build as a browser gets it: compressed once at build time, fingerprinted files cached for good, index.html always revalidated.</summary>
[Collection(HostCollection.Name)]
public sealed class SpaAssetTests(SpaAssetTests.HostWithSpa host) : IClassFixture<SpaAssetTests.HostWithSpa>
{
    private const string Script = "main-AB3xY_9q.js";
    private static readonly string ScriptText = string.Concat(Enumerable.Repeat("console.log('NavLederprogram');\n", 200));
    private static readonly string IndexText = "<!doctype html><html><head><script src=\"" + Script + "\" type=\"module\"></script></head><body>"
        + string.Concat(Enumerable.Repeat("<p>Navlederprogram</p>", 100)) + "</body></html>";

    private readonly HttpClient _client = host.Client;

    /// <summary>One host for the class, serving a build written the way the Angular build and its compression step write it.</summary>
    public sealed class HostWithSpa(NavLederprogramFactory factory) : IAsyncLifetime
    {
        private WebApplicationFactory<Program> _withSpa = null!;
        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var spa = Directory.CreateTempSubdirectory("navleder-spa-").FullName;
            await WriteWithVariantsAsync(Path.Combine(spa, "index.html"), IndexText);
            await WriteWithVariantsAsync(Path.Combine(spa, Script), ScriptText);
            // Copied from public/ without a fingerprint and without compressed variants.
            await File.WriteAllTextAsync(Path.Combine(spa, "hr-import-template.csv"), "fornavn;etternavn\n");
            _withSpa = factory.WithWebHostBuilder(b => b.UseSetting("App:SpaRoot", spa));
            Client = _withSpa.CreateClient();
        }

        public async ValueTask DisposeAsync() => await _withSpa.DisposeAsync();
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    public async Task A_fingerprinted_script_comes_compressed_as_the_browser_accepts_and_is_cached_for_a_year(string acceptEncoding, string expected)
    {
        var response = await GetAsync("/" + Script, acceptEncoding);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([expected]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        (await DecodeAsync(response)).ShouldBe(ScriptText);
    }

    [Fact]
    public async Task A_browser_that_accepts_no_compression_gets_the_file_as_it_is()
    {
        var response = await GetAsync("/" + Script, acceptEncoding: null);

        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        (await response.Content.ReadAsStringAsync()).ShouldBe(ScriptText);
        response.Content.Headers.ContentLength.ShouldBe(Encoding.UTF8.GetByteCount(ScriptText));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/my-programme/some/deep/link")]
    public async Task The_app_page_comes_compressed_and_is_revalidated_on_every_visit(string path)
    {
        var response = await GetAsync(path, "gzip, deflate, br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBeNull();
        (await DecodeAsync(response)).ShouldBe(IndexText);
    }

    [Fact]
    public async Task A_returning_browser_revalidates_the_app_page_without_downloading_it_again()
    {
        var first = await GetAsync("/", "br");
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var again = await _client.SendAsync(request);

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        again.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await again.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_copied_without_a_fingerprint_is_kept_for_an_hour_and_a_file_without_variants_is_sent_as_it_is()
    {
        var response = await GetAsync("/hr-import-template.csv", "gzip, br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=3600");
        (await response.Content.ReadAsStringAsync()).ShouldBe("fornavn;etternavn\n");
    }

    [Fact]
    public async Task An_api_path_is_never_answered_with_the_app_page()
    {
        var response = await GetAsync("/api/no-such-thing", "br");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/main-AB3xY_9q.js", true)]
    [InlineData("/chunk--og_Zm5s.js", true)]
    [InlineData("/styles-5OGQ436H.css", true)]
    [InlineData("/media/roboto-latin-ABCDEFGH.woff2", true)]
    [InlineData("/index.html", false)]
    [InlineData("/favicon.ico", false)]
    [InlineData("/hr-import-template.csv", false)]
    public void Only_files_named_by_their_content_are_cached_for_good(string path, bool immutable) =>
        NavLederprogram.HttpApi.Host.Infrastructure.SpaAssets.IsFingerprinted(path).ShouldBe(immutable);

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await _client.SendAsync(request);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static async Task WriteWithVariantsAsync(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await File.WriteAllBytesAsync(path, bytes);
        await using (var br = new BrotliStream(File.Create(path + ".br"), CompressionLevel.SmallestSize)) await br.WriteAsync(bytes);
        await using (var gz = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize)) await gz.WriteAsync(bytes);
    }
}
