using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace NavLederprogram.HttpApi.Host.Tests;

internal static class ApiResponses
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The body of a response that must have the expected status; the body is shown when it has not.</summary>
    public static async Task<JsonElement> Expect(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Json();
    }

    public static async Task<JsonElement> Expect(this Task<HttpResponseMessage> response, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await response).Expect(expected);

    public static string[] FieldErrors(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToArray() : [];
}
