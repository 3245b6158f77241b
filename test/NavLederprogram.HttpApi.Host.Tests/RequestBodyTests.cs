using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Bodies the API cannot read and values that would overflow: a localized ProblemDetails, and nothing stored.</summary>
[Collection(HostCollection.Name)]
public class RequestBodyTests(NavLederprogramFactory factory)
{
    private static ByteArrayContent Body(string json, string contentType, Encoding? encoding = null)
    {
        var content = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private async Task<int> RegionCountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/organisation/regions?maxResultCount=1000")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt32();

    [Theory]
    [InlineData("application/json; charset=ebcdic")]
    [InlineData("application/json; charset=\"latin1\"")]
    [InlineData("application/json; charset=no-such-charset")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task A_body_in_an_unknown_charset_or_media_type_is_answered_415_and_nothing_is_written(string contentType)
    {
        var admin = await factory.ClientForAsync("sysadmin");
        var before = await RegionCountAsync(admin);
        var response = await admin.PostAsync("/api/organisation/regions", Body("{\"name\":\"Region i feil tegnsett\",\"code\":\"FT\"}", contentType));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("Formatet støttes ikke");
        problem.GetProperty("detail").GetString().ShouldBe("Forespørselen må være JSON i UTF-8, eller et skjema med en fil der det ventes en fil.");
        (await RegionCountAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_answered_400()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var response = await admin.PostAsync("/api/organisation/regions",
            new ByteArrayContent([.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\",\"code\":\"X\"}"u8]) { Headers = { ContentType = new("application/json") } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Bad request");
    }

    [Theory]
    [InlineData("9999-12-31", "0001-01-01")]
    [InlineData("2026-01-01", "9999-12-31")]
    [InlineData("0001-01-01", "0001-01-02")]
    public async Task A_calendar_range_at_the_ends_of_time_is_a_field_error(string from, string to)
    {
        var admin = await factory.ClientForAsync("ksadmin", "en");
        var response = await admin.GetAsync($"/api/cohorts/calendar?from={from}&to={to}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString())
            .ShouldContain("Must be a date between 1900-01-01 and 2199-12-31.");
    }

    [Fact]
    public async Task A_date_in_a_json_body_outside_the_supported_range_names_its_field()
    {
        var admin = await factory.ClientForAsync("ksadmin", "nn");
        var cohorts = await (await admin.GetAsync("/api/cohorts")).Content.ReadFromJsonAsync<JsonElement>();
        var cohort = cohorts.GetProperty("items")[0];
        var response = await admin.PutAsJsonAsync($"/api/cohorts/{cohort.GetProperty("id").GetGuid()}/deadlines/{Guid.NewGuid()}",
            new { date = "9999-12-31", concurrencyStamp = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("date")[0].GetString()
            .ShouldBe("Må vere ein dato mellom 1900-01-01 og 2199-12-31.");
    }
}
