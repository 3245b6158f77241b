using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Writing a course through the API as the course editor: details, lessons, files, publication and versions.</summary>
[Collection(HostCollection.Name)]
public class CourseAuthoringApiTests(NavLederprogramFactory factory)
{
    private const string Courses = "/api/e-learning/courses";

    private static string NewCode() => "EL-TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<JsonElement> CreateAsync(HttpClient client, string? code = null) =>
        await client.PostAsJsonAsync(Courses, new { code = code ?? NewCode(), title = new { nb = "Arbeidsrettet oppfølging i praksis" } })
            .Expect(HttpStatusCode.Created);

    private static string Stamp(JsonElement course) => course.GetProperty("version").GetProperty("concurrencyStamp").GetString()!;

    private static Guid Id(JsonElement course) => course.GetProperty("id").GetGuid();

    private static async Task<JsonElement> AddLessonAsync(HttpClient client, JsonElement course, object lesson) =>
        await client.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/lessons", lesson).Expect();

    private static MultipartFormDataContent Upload(string purpose, byte[] content, string fileName, string claimedType)
    {
        var form = new MultipartFormDataContent { { new StringContent(purpose), "purpose" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        return form;
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, JsonElement course, string purpose, byte[] content, string fileName, string claimedType) =>
        await client.PostAsync($"{Courses}/{Id(course)}/files", Upload(purpose, content, fileName, claimedType)).Expect(HttpStatusCode.Created);

    /// <summary>The start of an MP4 file: an ftyp box, then enough bytes to ask for a range of.</summary>
    private static byte[] Mp4() => [0, 0, 0, 0x18, .. "ftypisom"u8.ToArray(), .. new byte[4096]];

    [Fact]
    public async Task A_course_editor_writes_a_course_publishes_it_and_a_new_draft_keeps_the_lesson_ids_while_the_published_version_stays()
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var course = await CreateAsync(editor);
        course.GetProperty("version").GetProperty("status").GetString().ShouldBe("Draft");
        var areas = await (await factory.ClientForAsync("ksadmin")).GetAsync("/api/competence/areas?maxResultCount=1").Expect();
        var areaId = areas.GetProperty("items")[0].GetProperty("id").GetGuid();

        course = await editor.PutAsJsonAsync($"{Courses}/{Id(course)}/draft", new
        {
            title = new { nb = "Arbeidsrettet oppfølging i praksis", nn = "Arbeidsretta oppfølging i praksis", en = "Work-oriented follow-up in practice" },
            summary = new { nb = "Hvordan følge opp brukere mot arbeid." },
            description = new { nb = "Et kurs for ledere." },
            category = "FollowUp",
            contentLanguage = "nb",
            estimatedMinutes = 45,
            targetJobRoleIds = Array.Empty<Guid>(),
            grants = new[] { new { competenceAreaId = areaId, level = 1, validMonths = 24 } },
            completionRules = new[] { "AllLessons" },
            concurrencyStamp = Stamp(course),
        }).Expect();
        var version = course.GetProperty("version");
        version.GetProperty("title").GetProperty("nn").GetString().ShouldBe("Arbeidsretta oppfølging i praksis");
        version.GetProperty("grants")[0].GetProperty("validMonths").GetInt32().ShouldBe(24);
        version.GetProperty("completionRules").EnumerateArray().Select(r => r.GetString()).ShouldBe(["AllLessons"]);

        var image = await UploadAsync(editor, course, "Image", TestFiles.Png(), "figur.png", "image/png");
        course = await AddLessonAsync(editor, course, new
        {
            kind = "Text",
            title = new { nb = "Innledning" },
            body = $"<h2>Velkommen</h2><p>Les dette først.</p><img src=\"{image.GetProperty("url").GetString()}\" alt=\"Figur\">",
            concurrencyStamp = Stamp(course),
        });
        course = await AddLessonAsync(editor, course, new { kind = "Text", title = new { nb = "Oppsummering" }, body = "<p>Slutt</p>", concurrencyStamp = Stamp(course) });
        var lessons = course.GetProperty("version").GetProperty("lessons");
        var first = lessons[0];
        // The stored picture is the file's own address; the editor gets it back with a link it can show.
        first.GetProperty("body").GetString()!.ShouldContain($"src=\"/api/e-learning/files/{image.GetProperty("id").GetGuid()}?access=");

        course = await editor.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/lessons/{lessons[1].GetProperty("id").GetGuid()}/move",
            new { position = 1, concurrencyStamp = Stamp(course) }).Expect();
        course.GetProperty("version").GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("title").GetProperty("nb").GetString())
            .ShouldBe(["Oppsummering", "Innledning"]);

        course = await editor.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/publish", new { concurrencyStamp = Stamp(course) }).Expect();
        var published = course.GetProperty("version");
        published.GetProperty("status").GetString().ShouldBe("Published");
        published.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        course.GetProperty("draftVersionId").ValueKind.ShouldBe(JsonValueKind.Null);

        // A published version is not edited in place: the answer says so in the editor's language.
        var refused = await editor.PutAsJsonAsync($"{Courses}/{Id(course)}/draft", new { title = new { nb = "Nytt" }, concurrencyStamp = Stamp(course) })
            .Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("Error:ELearning.CourseVersionNotDraft");
        refused.GetProperty("detail").GetString()!.ShouldContain("nytt utkast");

        var draft = await editor.PostAsync($"{Courses}/{Id(course)}/drafts", null).Expect();
        draft.GetProperty("version").GetProperty("number").GetInt32().ShouldBe(2);
        draft.GetProperty("version").GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetGuid())
            .ShouldBe(published.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));
        draft = await editor.PutAsJsonAsync($"{Courses}/{Id(course)}/draft/lessons/{first.GetProperty("id").GetGuid()}",
            new { kind = "Text", title = new { nb = "Innledning, ny" }, body = "<p>Ny tekst</p>", concurrencyStamp = Stamp(draft) }).Expect();

        var history = draft.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("status").GetString()));
        history.ShouldBe([(2, "Draft"), (1, "Published")]);
        var old = await editor.GetAsync($"{Courses}/{Id(course)}/versions/{published.GetProperty("id").GetGuid()}").Expect();
        old.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("title").GetProperty("nb").GetString()).ShouldContain("Innledning");

        var list = await editor.GetAsync($"{Courses}?filter={course.GetProperty("code").GetString()}").Expect();
        var row = list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        (row.GetProperty("publishedVersionNumber").GetInt32(), row.GetProperty("hasDraft").GetBoolean()).ShouldBe((1, true));
    }

    [Fact]
    public async Task Lesson_text_is_sanitized_on_the_server_scripts_handlers_and_javascript_links_are_gone()
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var course = await CreateAsync(editor);
        course = await AddLessonAsync(editor, course, new
        {
            kind = "Text",
            title = new { nb = "Farlig innhold" },
            body = "<p onclick=\"steal()\" style=\"color:red\">Hei <strong>alle</strong></p><script>alert(1)</script>"
                + "<img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">lenke</a><a href=\"https://www.nav.no\">NAV</a>"
                + "<iframe src=\"https://evil.example\"></iframe><table><tr><td>celle</td></tr></table>",
            concurrencyStamp = Stamp(course),
        });
        var body = course.GetProperty("version").GetProperty("lessons")[0].GetProperty("body").GetString()!;
        foreach (var banned in new[] { "<script", "alert", "onerror", "onclick", "javascript:", "style=", "<iframe", "evil" }) body.ShouldNotContain(banned);
        body.ShouldContain("<strong>alle</strong>");
        body.ShouldContain("<a href=\"https://www.nav.no\" target=\"_blank\" rel=\"noopener noreferrer\">NAV</a>");
        body.ShouldContain("<td>celle</td>");
    }

    [Fact]
    public async Task Uploads_are_recognised_by_content_and_served_with_their_own_type_and_only_by_link()
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var course = await CreateAsync(editor);

        // A page of HTML named and labelled as a picture is refused, and nothing is stored.
        var disguised = await editor.PostAsync($"{Courses}/{Id(course)}/files",
            Upload("Image", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "bilde.png", "image/png")).Expect(HttpStatusCode.BadRequest);
        disguised.FieldErrors().ShouldBe(["file"]);
        disguised.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("PNG, JPEG, GIF eller WebP");
        (await editor.PostAsync($"{Courses}/{Id(course)}/files", Upload("Captions", Encoding.UTF8.GetBytes("1\n00:00.000 --> 00:01.000\nHei"), "t.vtt", "text/vtt")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await editor.PostAsync($"{Courses}/{Id(course)}/files", Upload("Video", TestFiles.Png(), "film.mp4", "video/mp4")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var anonymous = factory.CreateClient();
        var png = await UploadAsync(editor, course, "Image", TestFiles.Png(), "../../etc/figur.PNG", "application/octet-stream");
        png.GetProperty("fileName").GetString().ShouldBe("figur.png");
        var served = await anonymous.GetAsync(png.GetProperty("url").GetString());
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        served.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        served.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(TestFiles.Png());

        // Without the link's token, with another file's token, or with a forged one, the file is not there.
        var pngId = png.GetProperty("id").GetGuid();
        (await anonymous.GetAsync($"/api/e-learning/files/{pngId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/e-learning/files/{pngId}?access=forged")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pdf = await UploadAsync(editor, course, "Attachment", TestFiles.Pdf(), "Veileder.pdf", "application/pdf");
        var pdfToken = pdf.GetProperty("url").GetString()!.Split("?access=")[1];
        (await anonymous.GetAsync($"/api/e-learning/files/{pngId}?access={pdfToken}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A document is downloaded, never opened by the API's origin.
        var download = await anonymous.GetAsync(pdf.GetProperty("url").GetString());
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Veileder.pdf");

        // Video is read in ranges, as a player seeks.
        var video = await UploadAsync(editor, course, "Video", Mp4(), "film.mp4", "video/mp4");
        var request = new HttpRequestMessage(HttpMethod.Get, video.GetProperty("url").GetString());
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var part = await anonymous.SendAsync(request);
        part.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        part.Content.Headers.ContentRange!.Length.ShouldBe(Mp4().Length);
        (await part.Content.ReadAsByteArrayAsync()).Length.ShouldBe(100);
        part.Content.Headers.ContentType!.MediaType.ShouldBe("video/mp4");

        var captions = await UploadAsync(editor, course, "Captions", Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nVelkommen"), "tekst.vtt", "text/plain");
        captions.GetProperty("contentType").GetString().ShouldBe("text/vtt");
        course = await AddLessonAsync(editor, course, new
        {
            kind = "Video",
            title = new { nb = "Film" },
            mediaFileId = video.GetProperty("id").GetGuid(),
            captionsFileId = captions.GetProperty("id").GetGuid(),
            transcript = "Velkommen",
            concurrencyStamp = Stamp(course),
        });
        var lesson = course.GetProperty("version").GetProperty("lessons")[0];
        lesson.GetProperty("mediaFile").GetProperty("contentType").GetString().ShouldBe("video/mp4");
        lesson.GetProperty("isReady").GetBoolean().ShouldBeTrue();

        // A file of the wrong kind, or another course's, cannot be named in a lesson.
        var wrong = await editor.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/lessons",
            new { kind = "Video", title = new { nb = "Feil" }, mediaFileId = pngId, concurrencyStamp = Stamp(course) }).Expect(HttpStatusCode.BadRequest);
        wrong.FieldErrors().ShouldBe(["mediaFileId"]);
        var other = await CreateAsync(editor);
        (await editor.PostAsJsonAsync($"{Courses}/{Id(other)}/draft/lessons",
            new { kind = "File", title = new { nb = "Lånt" }, attachmentFileIds = new[] { pdf.GetProperty("id").GetGuid() }, concurrencyStamp = Stamp(other) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Codes_are_unique_and_input_errors_name_their_fields()
    {
        var editor = await factory.ClientForAsync("kursredaktor", "en");
        var code = NewCode();
        await CreateAsync(editor, code);
        var taken = await editor.PostAsJsonAsync(Courses, new { code = code.ToLowerInvariant(), title = new { nb = "Igjen" } }).Expect(HttpStatusCode.Conflict);
        taken.GetProperty("detail").GetString().ShouldBe($"A course with code {code} already exists.");

        var invalid = await editor.PostAsJsonAsync(Courses, new { code = "EL NAV/../01", title = new { nn = "Berre nynorsk" } }).Expect(HttpStatusCode.BadRequest);
        invalid.FieldErrors().OrderBy(f => f).ShouldBe(["code", "title.nb"]);

        var course = await CreateAsync(editor);
        var details = await editor.PutAsJsonAsync($"{Courses}/{Id(course)}/draft", new
        {
            title = new { nb = "Kurs" },
            category = "Leadership",
            contentLanguage = "de",
            estimatedMinutes = -5,
            targetJobRoleIds = new[] { Guid.NewGuid() },
            grants = new[] { new { competenceAreaId = Guid.NewGuid(), level = 1, validMonths = (int?)null } },
            completionRules = Array.Empty<string>(),
            concurrencyStamp = Stamp(course),
        }).Expect(HttpStatusCode.BadRequest);
        details.FieldErrors().OrderBy(f => f, StringComparer.Ordinal)
            .ShouldBe(["completionRules", "contentLanguage", "estimatedMinutes", "grants[0].competenceAreaId", "targetJobRoleIds"]);

        // Publishing an empty draft is refused with the reason.
        var empty = await editor.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/publish", new { concurrencyStamp = Stamp(course) }).Expect(HttpStatusCode.Conflict);
        empty.GetProperty("code").GetString().ShouldBe("Error:ELearning.CourseNeedsLessons");
        (await editor.PostAsJsonAsync($"{Courses}/{Id(course)}/draft/publish", new { concurrencyStamp = "stale" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_leader_may_not_author_courses()
    {
        var leader = await factory.ClientForAsync("leder");
        (await leader.GetAsync(Courses)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsJsonAsync(Courses, new { code = NewCode(), title = new { nb = "Mitt kurs" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var ks = await factory.ClientForAsync("ksadmin");
        await CreateAsync(ks);
    }
}
