using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Every page load asks for the texts of its language: they come compressed, and a returning browser only revalidates them.</summary>
[Collection(HostCollection.Name)]
public class LocalizationTextsTests(NavLederprogramFactory factory)
{
    [Theory]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData(null, null)]
    public async Task The_texts_come_compressed_as_the_browser_accepts(string? acceptEncoding, string? expected)
    {
        var response = await GetAsync("/api/localization/nn-NO", acceptEncoding);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.SingleOrDefault().ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var texts = JsonDocument.Parse(await DecodeAsync(response)).RootElement;
        texts.GetProperty("culture").GetString().ShouldBe("nn");
        texts.GetProperty("texts").GetProperty("Login:UserName").GetString().ShouldBe("Brukarnamn");
    }

    [Fact]
    public async Task The_browser_gets_the_texts_it_shows_and_not_those_only_the_server_writes()
    {
        var texts = await TextsAsync("/api/localization/en");
        var keys = texts.EnumerateObject().Select(p => p.Name).ToList();

        texts.GetProperty("Page:Home.Title").GetString().ShouldNotBeNullOrWhiteSpace();
        texts.GetProperty("Enum:LessonKind.Quiz").GetString().ShouldNotBeNullOrWhiteSpace();
        texts.GetProperty("Menu:Courses.Catalogue").GetString().ShouldNotBeNullOrWhiteSpace();
        keys.ShouldNotContain(k => k.StartsWith("Error:", StringComparison.Ordinal));
        keys.ShouldNotContain(k => k.StartsWith("Notification:", StringComparison.Ordinal));
        keys.ShouldNotContain(k => k.StartsWith("CourseCertificate:Pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_module_s_page_texts_come_with_its_pages_and_not_with_every_page_load()
    {
        var shell = await TextsAsync("/api/localization/en");
        var courses = await TextsAsync("/api/localization/en/ELearning");
        var nynorsk = await TextsAsync("/api/localization/nn-NO/ELearning");

        shell.TryGetProperty("Page:Courses.Catalogue.Empty", out _).ShouldBeFalse("the first page load leaves the course pages' texts behind");
        courses.GetProperty("Page:Courses.Catalogue.Empty").GetString().ShouldNotBeNullOrWhiteSpace();
        nynorsk.GetProperty("Page:Courses.Catalogue.Empty").GetString().ShouldNotBe(courses.GetProperty("Page:Courses.Catalogue.Empty").GetString());
        courses.EnumerateObject().Select(p => p.Name).ShouldAllBe(k => k.StartsWith("Page:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/localization/en/NoSuchModule")]
    [InlineData("/api/localization/en/Common")]
    public async Task Page_texts_of_a_module_there_is_none_of_are_not_found(string path)
    {
        var response = await GetAsync(path, null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_returning_browser_gets_not_modified_for_texts_it_has()
    {
        var first = await GetAsync("/api/localization/en", "br");
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/localization/en");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var other = new HttpRequestMessage(HttpMethod.Get, "/api/localization/nb");
        other.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var client = factory.CreateClient();
        var revalidated = await client.SendAsync(again);
        var otherLanguage = await client.SendAsync(other);

        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await revalidated.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        otherLanguage.StatusCode.ShouldBe(HttpStatusCode.OK, "another language is another document");
    }

    private async Task<JsonElement> TextsAsync(string path) =>
        JsonDocument.Parse(await DecodeAsync(await GetAsync(path, null))).RootElement.GetProperty("texts");

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<Stream> DecodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        return response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
    }
}
