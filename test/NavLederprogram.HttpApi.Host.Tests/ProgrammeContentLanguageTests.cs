using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Programme content written in bokmål, nynorsk and English, and read in the reader's language or in bokmål.</summary>
[Collection(HostCollection.Name)]
public class ProgrammeContentLanguageTests(NavLederprogramFactory factory)
{
    private static async Task<JsonElement> PublishedVersionAsync(HttpClient client)
    {
        var id = (await client.GetAsync("/api/programme/versions").Expect()).EnumerateArray()
            // The seeded version: other tests add versions of their own, numbered 0 or far above the seeded ones.
            .Last(v => v.GetProperty("status").GetString() == "Published" && v.GetProperty("number").GetInt32() > 0).GetProperty("id").GetGuid();
        return await client.GetAsync($"/api/programme/versions/{id}").Expect();
    }

    private static JsonObject Editable(JsonElement module, JsonElement version)
    {
        var input = JsonNode.Parse(module.GetRawText())!.AsObject();
        input["concurrencyStamp"] = version.GetProperty("concurrencyStamp").GetString();
        return input;
    }

    private static (string Text, string Language, bool IsFallback) Read(JsonElement text) =>
        (text.GetProperty("text").GetString()!, text.GetProperty("language").GetString()!, text.GetProperty("isFallback").GetBoolean());

    [Fact]
    public async Task Editors_write_nynorsk_and_english_and_readers_get_their_language_or_bokmal_marked_as_a_fallback()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var published = await PublishedVersionAsync(ks);

        // A new draft starts with every language of the version it copies.
        var draft = await ks.PostAsJsonAsync("/api/programme/versions", new { copyFromVersionId = published.GetProperty("id").GetGuid() }).Expect(HttpStatusCode.Created);
        var draftId = draft.GetProperty("id").GetGuid();
        try
        {
            var copied = draft.GetProperty("modules")[0].GetProperty("title");
            copied.GetProperty("nn").GetString().ShouldBe(published.GetProperty("modules")[0].GetProperty("title").GetProperty("nn").GetString());
            copied.GetProperty("nn").GetString().ShouldBe("Leiarrolla i NAV-kontoret");
            copied.GetProperty("en").GetString().ShouldBe("The leadership role in the NAV office");

            // The third module gets a nynorsk title and reflection prompt, and an English gathering title; nothing else is translated.
            var module = draft.GetProperty("modules")[2];
            var input = Editable(module, draft);
            input["title"] = new JsonObject { ["nb"] = "Arbeidsrettet oppfølging", ["nn"] = "Arbeidsretta oppfølging", ["en"] = "" };
            input["description"] = new JsonObject { ["nb"] = "Ledelse av arbeidsrettet oppfølging." };
            input["learningOutcomes"] = new JsonArray(new JsonObject { ["nb"] = "Lede et team", ["en"] = "Lead a team" });
            input["gatherings"]![0]!["title"] = new JsonObject { ["nb"] = "Samling med hospitering", ["en"] = "Gathering with work shadowing" };
            input["reflectionTasks"]![0]!["prompt"] = new JsonObject { ["nb"] = "Hva lærte du?", ["nn"] = "Kva lærte du?" };
            var saved = await ks.PutAsJsonAsync($"/api/programme/versions/{draftId}/modules/{module.GetProperty("id").GetGuid()}", input).Expect();
            var title = saved.GetProperty("modules")[2].GetProperty("title");
            (title.GetProperty("nb").GetString(), title.GetProperty("nn").GetString()).ShouldBe(("Arbeidsrettet oppfølging", "Arbeidsretta oppfølging"));
            title.GetProperty("en").ValueKind.ShouldBe(JsonValueKind.Null);

            async Task<JsonElement> ThirdModuleIn(string culture) =>
                (await (await factory.ClientForAsync("ksadmin", culture)).GetAsync($"/api/programme/versions/{draftId}").Expect()).GetProperty("modules")[2];
            var nn = await ThirdModuleIn("nn");
            Read(nn.GetProperty("title")).ShouldBe(("Arbeidsretta oppfølging", "nn", false));
            Read(nn.GetProperty("description")).ShouldBe(("Ledelse av arbeidsrettet oppfølging.", "nb", true));
            Read(nn.GetProperty("reflectionTasks")[0].GetProperty("prompt")).ShouldBe(("Kva lærte du?", "nn", false));
            Read(nn.GetProperty("gatherings")[0].GetProperty("title")).ShouldBe(("Samling med hospitering", "nb", true));
            var en = await ThirdModuleIn("en-GB");
            Read(en.GetProperty("title")).ShouldBe(("Arbeidsrettet oppfølging", "nb", true));
            Read(en.GetProperty("gatherings")[0].GetProperty("title")).ShouldBe(("Gathering with work shadowing", "en", false));
            Read(en.GetProperty("learningOutcomes")[0]).ShouldBe(("Lead a team", "en", false));
            var nb = await ThirdModuleIn("nb");
            Read(nb.GetProperty("title")).ShouldBe(("Arbeidsrettet oppfølging", "nb", false));
            Read(nb.GetProperty("reflectionTasks")[0].GetProperty("prompt")).ShouldBe(("Hva lærte du?", "nb", false));

            // Bokmål is required, also beneath a translation; the error names the language's field.
            var current = await ks.GetAsync($"/api/programme/versions/{draftId}").Expect();
            var bad = Editable(current.GetProperty("modules")[2], current);
            bad["title"] = new JsonObject { ["nb"] = " ", ["nn"] = "Berre nynorsk" };
            bad["assignments"]![0]!["instructions"] = new JsonObject { ["nb"] = "", ["en"] = "English only" };
            bad["gatherings"]![0]!["title"] = new JsonObject { ["nb"] = "Samling", ["nn"] = new string('x', 201) };
            var problem = await ks.PutAsJsonAsync($"/api/programme/versions/{draftId}/modules/{module.GetProperty("id").GetGuid()}", bad).Expect(HttpStatusCode.BadRequest);
            problem.FieldErrors().ShouldBe(["title.nb", "gatherings[0].title.nn", "assignments[0].instructions.nb"], ignoreOrder: true);
            (await ks.GetAsync($"/api/programme/versions/{draftId}").Expect()).GetProperty("modules")[2].GetProperty("title").GetProperty("nn").GetString()
                .ShouldBe("Arbeidsretta oppfølging");

            // The version's own name and description take translations too.
            var renamed = await ks.PutAsJsonAsync($"/api/programme/versions/{draftId}", new
            {
                name = new { nb = "Lederprogrammet 2028", nn = "Leiarprogrammet 2028" },
                description = new { nb = "Ny versjon." },
                concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
            }).Expect();
            renamed.GetProperty("name").GetProperty("nn").GetString().ShouldBe("Leiarprogrammet 2028");
            Read((await (await factory.ClientForAsync("ksadmin", "nn")).GetAsync($"/api/programme/versions/{draftId}").Expect()).GetProperty("name"))
                .ShouldBe(("Leiarprogrammet 2028", "nn", false));
        }
        finally
        {
            await ks.DeleteAsync($"/api/programme/versions/{draftId}").Expect(HttpStatusCode.NoContent);
        }

        // A published version keeps its texts in every language: a translation is an edit like any other.
        var module0 = Editable(published.GetProperty("modules")[0], published);
        module0["title"] = new JsonObject { ["nb"] = "Lederrollen i NAV-kontoret", ["nn"] = "Endra etter publisering" };
        await ks.PutAsJsonAsync($"/api/programme/versions/{published.GetProperty("id").GetGuid()}/modules/{module0["id"]}", module0).Expect(HttpStatusCode.Conflict);
        (await PublishedVersionAsync(ks)).GetProperty("modules")[0].GetProperty("title").GetProperty("nn").GetString().ShouldBe("Leiarrolla i NAV-kontoret");
    }

    [Fact]
    public async Task A_participant_reads_the_programme_in_nynorsk_and_english_with_bokmal_where_it_is_not_translated()
    {
        // The demo leader takes part in a cohort of the seeded version, whose first two modules are translated.
        async Task<JsonElement> RunningCohortIn(string culture, string versionName) =>
            (await (await factory.ClientForAsync("leder", culture)).GetAsync("/api/my-programme").Expect()).GetProperty("cohorts").EnumerateArray()
                .First(c => c.GetProperty("versionName").GetProperty("text").GetString() == versionName);

        var nn = await RunningCohortIn("nn", "Leiarprogrammet 2026");
        var modules = nn.GetProperty("modules").EnumerateArray().ToList();
        Read(modules[0].GetProperty("title")).ShouldBe(("Leiarrolla i NAV-kontoret", "nn", false));
        Read(modules[0].GetProperty("reflections")[0].GetProperty("prompt")).ShouldBe(("Kva kjenneteiknar god leiing i eit kontor med to eigarar?", "nn", false));
        Read(modules[0].GetProperty("sessions")[0].GetProperty("session").GetProperty("moduleTitle")).ShouldBe(("Leiarrolla i NAV-kontoret", "nn", false));
        Read(modules[3].GetProperty("title")).ShouldBe(("Endringsledelse og kollegaveiledning", "nb", true));
        Read(modules[3].GetProperty("assignments")[0].GetProperty("instructions")).Language.ShouldBe("nb");
        Read(nn.GetProperty("versionName")).ShouldBe(("Leiarprogrammet 2026", "nn", false));

        var en = await RunningCohortIn("en", "Leadership programme 2026");
        Read(en.GetProperty("modules")[1].GetProperty("assignments")[0].GetProperty("title")).ShouldBe(("Scorecard for your office", "en", false));
        Read(en.GetProperty("modules")[1].GetProperty("learningOutcomes")[1]).ShouldBe(("Set goals that give direction", "en", false));
        Read(en.GetProperty("modules")[2].GetProperty("description")).IsFallback.ShouldBeTrue();

        var nb = await RunningCohortIn("nb", "Lederprogrammet 2026");
        Read(nb.GetProperty("modules")[0].GetProperty("title")).ShouldBe(("Lederrollen i NAV-kontoret", "nb", false));
    }
}
