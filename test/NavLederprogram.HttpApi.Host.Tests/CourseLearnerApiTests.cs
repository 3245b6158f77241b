using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.TestBase;
using Shouldly;
using UglyToad.PdfPig;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class CourseLearnerApiTests(NavLederprogramFactory factory)
{
    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private async Task<(HttpClient Client, Guid PersonId)> LearnerAsync(string culture = "nb")
    {
        var made = (await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0];
        return (await factory.ClientForAsync(made.UserName!, culture), made.PersonId);
    }

    private static async Task<JsonElement> CatalogueAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/e-learning/catalogue?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IReadOnlyList<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("courseId").GetGuid()).ToList();

    private static async Task<JsonElement> PostAsync(HttpClient client, string url)
    {
        var response = await client.PostAsync(url, null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_catalogue_finds_published_courses_by_words_category_language_and_length()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var leadership = await CourseTestData.PublishedAsync(factory, $"Samtaler {token}", category: CourseCategory.Leadership, minutes: 20);
        var law = await CourseTestData.PublishedAsync(factory, $"Forvaltningsloven {token}", category: CourseCategory.LawAndRegulations,
            language: "nn", minutes: 45);
        var tools = await CourseTestData.PublishedAsync(factory, $"Modia {token}", category: CourseCategory.DigitalTools, language: "en", minutes: 120);
        var draft = await CourseTestData.DraftOnlyAsync(factory, $"Utkast {token}");
        var (client, _) = await LearnerAsync();

        var all = await CatalogueAsync(client, $"filter={token}");
        Ids(all).ShouldBe([law.CourseId, tools.CourseId, leadership.CourseId], ignoreOrder: true);
        all.GetProperty("totalCount").GetInt32().ShouldBe(3);
        Ids(all).ShouldNotContain(draft.CourseId);

        Ids(await CatalogueAsync(client, $"filter={token}&category=LawAndRegulations")).ShouldBe([law.CourseId]);
        Ids(await CatalogueAsync(client, $"filter={token}&language=en")).ShouldBe([tools.CourseId]);
        Ids(await CatalogueAsync(client, $"filter={token}&length=Short")).ShouldBe([leadership.CourseId]);
        Ids(await CatalogueAsync(client, $"filter={token}&length=Medium")).ShouldBe([law.CourseId]);
        Ids(await CatalogueAsync(client, $"filter={token}&length=Long")).ShouldBe([tools.CourseId]);
        // Case does not matter.
        Ids(await CatalogueAsync(client, $"filter=MODIA {token}")).ShouldBe([tools.CourseId]);

        var card = (await CatalogueAsync(client, $"filter={token}&category=Leadership")).GetProperty("items")[0];
        card.GetProperty("estimatedMinutes").GetInt32().ShouldBe(20);
        card.GetProperty("contentLanguage").GetString().ShouldBe("nb");
        card.GetProperty("category").GetString().ShouldBe("Leadership");
        card.GetProperty("status").GetString().ShouldBe("NotStarted");
        card.GetProperty("required").GetBoolean().ShouldBeFalse();

        (await client.GetAsync("/api/e-learning/catalogue?language=xx")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/e-learning/catalogue?maxResultCount=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_course_required_of_the_learner_comes_first_with_its_deadline_and_shows_in_my_courses()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var first = await CourseTestData.PublishedAsync(factory, $"Aaa valgfritt {token}");
        var required = await CourseTestData.PublishedAsync(factory, $"Zzz påkrevd {token}");
        var (client, personId) = await LearnerAsync();
        var dueOn = new DateOnly(2020, 1, 31);
        await CourseTestData.AssignAsync(factory, personId, required.VersionId, dueOn);

        var page = await CatalogueAsync(client, $"filter={token}");
        Ids(page).ShouldBe([required.CourseId, first.CourseId]);
        var card = page.GetProperty("items")[0];
        card.GetProperty("required").GetBoolean().ShouldBeTrue();
        card.GetProperty("dueOn").GetString().ShouldBe("2020-01-31");

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/e-learning/my-courses");
        var row = mine.GetProperty("required").EnumerateArray().Single(r => r.GetProperty("courseId").GetGuid() == required.CourseId);
        row.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        row.GetProperty("dueOn").GetString().ShouldBe("2020-01-31");
        mine.GetProperty("inProgress").EnumerateArray().ShouldNotContain(r => r.GetProperty("courseId").GetGuid() == required.CourseId);
    }

    [Fact]
    public async Task Enrolling_twice_keeps_one_enrolment_and_the_learner_finishes_the_version_they_started()
    {
        var course = await CourseTestData.PublishedAsync(factory, "Versjonert kurs " + Guid.NewGuid().ToString("N")[..6], textLessons: 2);
        var (client, _) = await LearnerAsync();

        var enrolled = await PostAsync(client, $"/api/e-learning/catalogue/{course.CourseId}/enrol");
        var enrolmentId = enrolled.GetProperty("enrolmentId").GetGuid();
        enrolled.GetProperty("courseVersionId").GetGuid().ShouldBe(course.VersionId);
        enrolled.GetProperty("source").GetString().ShouldBe("Self");
        (await PostAsync(client, $"/api/e-learning/catalogue/{course.CourseId}/enrol")).GetProperty("enrolmentId").GetGuid().ShouldBe(enrolmentId);

        await PostAsync(client, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[0]}/complete");
        var newVersion = await CourseTestData.PublishNewVersionAsync(factory, course.CourseId);
        newVersion.ShouldNotBe(course.VersionId);

        var again = await PostAsync(client, $"/api/e-learning/catalogue/{course.CourseId}/enrol");
        again.GetProperty("enrolmentId").GetGuid().ShouldBe(enrolmentId);
        var kept = await client.GetFromJsonAsync<JsonElement>($"/api/e-learning/enrolments/{enrolmentId}");
        kept.GetProperty("courseVersionId").GetGuid().ShouldBe(course.VersionId);
        kept.GetProperty("newerVersionPublished").GetBoolean().ShouldBeTrue();
        kept.GetProperty("lessons")[0].GetProperty("completedAt").ValueKind.ShouldNotBe(JsonValueKind.Null);

        // A newcomer starts the new version.
        var (other, _) = await LearnerAsync();
        (await PostAsync(other, $"/api/e-learning/catalogue/{course.CourseId}/enrol")).GetProperty("courseVersionId").GetGuid().ShouldBe(newVersion);
    }

    [Fact]
    public async Task The_player_records_viewed_lessons_and_resumes_where_the_learner_left_off()
    {
        var course = await CourseTestData.PublishedAsync(factory, "Gjenoppta " + Guid.NewGuid().ToString("N")[..6], textLessons: 3);
        var (client, _) = await LearnerAsync();
        var enrolmentId = (await PostAsync(client, $"/api/e-learning/catalogue/{course.CourseId}/enrol")).GetProperty("enrolmentId").GetGuid();

        var opened = await PostAsync(client, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[1]}/open");
        opened.GetProperty("lastLessonId").GetGuid().ShouldBe(course.LessonIds[1]);

        var later = await client.GetFromJsonAsync<JsonElement>($"/api/e-learning/enrolments/{enrolmentId}");
        later.GetProperty("lastLessonId").GetGuid().ShouldBe(course.LessonIds[1]);
        var lessons = later.GetProperty("lessons").EnumerateArray().ToList();
        lessons.Select(l => l.GetProperty("id").GetGuid()).ShouldBe(course.LessonIds);
        lessons[1].GetProperty("viewedAt").ValueKind.ShouldBe(JsonValueKind.String);
        lessons[1].GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        lessons[0].GetProperty("viewedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        later.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/e-learning/my-courses");
        mine.GetProperty("inProgress").EnumerateArray().Single(r => r.GetProperty("courseId").GetGuid() == course.CourseId)
            .GetProperty("progressPercent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Completing_every_lesson_completes_the_course_and_its_evidence_and_certificate_are_there_at_once()
    {
        var title = "Oppfølging i praksis " + Guid.NewGuid().ToString("N")[..6];
        var course = await CourseTestData.PublishedAsync(factory, title, textLessons: 2, validMonths: 24);
        var (client, _) = await LearnerAsync();
        var enrolmentId = (await PostAsync(client, $"/api/e-learning/catalogue/{course.CourseId}/enrol")).GetProperty("enrolmentId").GetGuid();

        var halfway = await PostAsync(client, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[0]}/complete");
        halfway.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.GetAsync($"/api/e-learning/enrolments/{enrolmentId}/certificate/pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var done = await PostAsync(client, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[1]}/complete");
        done.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);

        // The very next request sees the evidence in the competence profile: no job runs in between.
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/competence/my-profile");
        var evidence = profile.GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("title").GetString() == title);
        evidence.GetProperty("source").GetString().ShouldBe("CourseCompletion");
        evidence.GetProperty("competenceAreaId").GetGuid().ShouldBe(course.GrantAreaId);
        var achievedOn = DateOnly.Parse(evidence.GetProperty("achievedOn").GetString()!);
        evidence.GetProperty("validUntil").GetString().ShouldBe(achievedOn.AddMonths(24).ToString("yyyy-MM-dd"));

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/e-learning/my-courses");
        var completed = mine.GetProperty("completed").EnumerateArray().Single(r => r.GetProperty("courseId").GetGuid() == course.CourseId);
        completed.GetProperty("progressPercent").GetInt32().ShouldBe(100);
        completed.GetProperty("validUntil").GetString().ShouldBe(achievedOn.AddMonths(24).ToString("yyyy-MM-dd"));
        mine.GetProperty("inProgress").EnumerateArray().ShouldNotContain(r => r.GetProperty("courseId").GetGuid() == course.CourseId);

        var player = await client.GetFromJsonAsync<JsonElement>($"/api/e-learning/enrolments/{enrolmentId}");
        var code = player.GetProperty("certificateCode").GetString()!;
        code.ShouldMatch("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$");

        var pdf = await client.GetAsync($"/api/e-learning/enrolments/{enrolmentId}/certificate/pdf?culture=nn");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = Squash(string.Join(" ", document.GetPages().Select(p => p.Text)));
            text.ShouldContain(Squash("Dette stadfestar at"));
            text.ShouldContain(Squash(title));
            text.ShouldContain(code);
            text.ShouldContain($"/verify/{code}");
        }

        var verified = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{code.Replace("-", "").ToLowerInvariant()}");
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verified.GetProperty("courseName").GetString().ShouldBe(title);
        verified.GetProperty("completedOn").GetString().ShouldBe(achievedOn.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Nobody_else_reads_or_changes_my_enrolment()
    {
        var course = await CourseTestData.PublishedAsync(factory, "Privat " + Guid.NewGuid().ToString("N")[..6], textLessons: 1);
        var (mine, _) = await LearnerAsync();
        var enrolmentId = (await PostAsync(mine, $"/api/e-learning/catalogue/{course.CourseId}/enrol")).GetProperty("enrolmentId").GetGuid();
        await PostAsync(mine, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[0]}/complete");

        foreach (var other in new[] { (await LearnerAsync()).Client, await factory.ClientForAsync("ksadmin") })
        {
            (await other.GetAsync($"/api/e-learning/enrolments/{enrolmentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.PostAsync($"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[0]}/open", null)).StatusCode
                .ShouldBe(HttpStatusCode.NotFound);
            (await other.PostAsync($"/api/e-learning/enrolments/{enrolmentId}/lessons/{course.LessonIds[0]}/complete", null)).StatusCode
                .ShouldBe(HttpStatusCode.NotFound);
            (await other.GetAsync($"/api/e-learning/enrolments/{enrolmentId}/certificate/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await factory.CreateClient().GetAsync($"/api/e-learning/enrolments/{enrolmentId}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await mine.PostAsync($"/api/e-learning/catalogue/{Guid.NewGuid()}/enrol", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task My_courses_and_the_catalogue_cost_as_many_statements_for_many_courses_as_for_one()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var courses = new List<CourseBuilder.Built>();
        for (var i = 0; i < 5; i++) courses.Add(await CourseTestData.PublishedAsync(factory, $"Mange {i} {token}", textLessons: 2));
        var (client, personId) = await LearnerAsync();
        await CourseTestData.AssignAsync(factory, personId, courses[4].VersionId, new DateOnly(2030, 1, 1));

        await PostAsync(client, $"/api/e-learning/catalogue/{courses[0].CourseId}/enrol");
        var one = await StatementsAsync(client, "/api/e-learning/my-courses");
        var oneCard = await StatementsAsync(client, $"/api/e-learning/catalogue?filter={token}&maxResultCount=1");
        for (var i = 1; i < 4; i++)
        {
            var enrolmentId = (await PostAsync(client, $"/api/e-learning/catalogue/{courses[i].CourseId}/enrol")).GetProperty("enrolmentId").GetGuid();
            await PostAsync(client, $"/api/e-learning/enrolments/{enrolmentId}/lessons/{courses[i].LessonIds[0]}/complete");
        }
        var many = await StatementsAsync(client, "/api/e-learning/my-courses");
        many.ShouldBe(one);
        (await StatementsAsync(client, $"/api/e-learning/catalogue?filter={token}")).ShouldBe(oneCard);
    }

    /// <summary>The statements of a read once what it caches across requests is cached.</summary>
    private async Task<int> StatementsAsync(HttpClient client, string path)
    {
        await factory.SettleCachesAsync();
        (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.GetValues("X-Db-Statements").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
