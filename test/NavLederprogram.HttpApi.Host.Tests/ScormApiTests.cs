using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// SCORM packages over HTTP: upload by a course editor with every refusal leaving nothing behind, launch and commits by
/// a learner as a runtime sends them, the package's files on their own path, and the course completed with its evidence.
/// </summary>
[Collection(HostCollection.Name)]
public class ScormApiTests(NavLederprogramFactory factory)
{
    private const string Base = "/api/e-learning/scorm";

    private static MultipartFormDataContent Zip(byte[] zip, string fileName = "kurs.zip")
    {
        var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private sealed record Course(Guid CourseId, Guid PackageId, Guid AreaId, HttpClient Learner);

    /// <summary>A course published with one SCORM lesson of a package uploaded by the course editor, and a new learner.</summary>
    private async Task<Course> PublishedCourseAsync(string package, CourseCompletionRule rule = CourseCompletionRule.ScormCompleted)
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var areas = await (await editor.GetAsync("/api/competence/areas?maxResultCount=100")).Content.ReadFromJsonAsync<JsonElement>();
        var areaId = areas.GetProperty("items")[0].GetProperty("id").GetGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        var courses = scope.ServiceProvider.GetRequiredService<ICourseRepository>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var course = new NavLederprogram.ELearning.Course(Guid.CreateVersion7(), $"EL-SCORM-{Guid.NewGuid().ToString("N")[..6]}");
        var version = course.StartDraft(Guid.CreateVersion7(), new CourseDetails("Oppfølging i SCORM", "Kort", "Lang", CourseCategory.FollowUp, "nb", 20, [],
            [new CompetenceGrant(areaId, 2, 24)], rule));
        await courses.InsertAsync(course);
        await courses.InsertVersionAsync(version);
        await unitOfWork.SaveChangesAsync();

        var uploaded = await editor.PostAsync($"{Base}/courses/{course.Id}/packages", Zip(ScormTestPackages.Build(package), package + ".zip"));
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var packageId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        version.AddLesson(new LessonContent(LessonKind.ScormPackage, "Kurset", ScormPackageId: packageId));
        version.Publish(DateTime.UtcNow);
        course.RecordPublication(version, null);
        await unitOfWork.SaveChangesAsync();

        var learner = (await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0];
        return new Course(course.Id, packageId, areaId, await factory.ClientForAsync(learner.UserName!));
    }

    private static async Task<JsonElement> LaunchAsync(HttpClient client, Guid packageId, string? sco = null)
    {
        var response = await client.PostAsync($"{Base}/packages/{packageId}/launch{(sco is null ? "" : "?sco=" + sco)}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> CommitAsync(HttpClient client, JsonElement launch, Dictionary<string, string> cmi) =>
        client.PostAsJsonAsync($"{Base}/attempts/{launch.GetProperty("attemptId").GetGuid()}/commit",
            new { session = launch.GetProperty("session").GetInt32(), cmi });

    private static async Task<JsonElement> AttemptAsync(HttpClient client, Guid packageId) =>
        (await (await client.GetAsync($"{Base}/packages/{packageId}/my-attempts")).Content.ReadFromJsonAsync<JsonElement>())[0];

    private string[] StoredPackages() =>
        Directory.Exists(Path.Combine(factory.DataFolder, "files", "scorm"))
            ? Directory.GetDirectories(Path.Combine(factory.DataFolder, "files", "scorm"))
            : [];

    [Fact]
    public async Task A_learner_leaves_resumes_and_completes_and_the_course_turns_into_evidence()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var first = await LaunchAsync(course.Learner, course.PackageId);
        first.GetProperty("cmi").GetProperty("cmi.core.entry").GetString().ShouldBe("ab-initio");
        first.GetProperty("countsForCourse").GetBoolean().ShouldBeTrue();
        var suspendData = new string('s', 5000) + "|marker-first";
        (await CommitAsync(course.Learner, first, new()
        {
            ["cmi.core.lesson_status"] = "incomplete",
            ["cmi.core.lesson_location"] = "question-1-answered",
            ["cmi.suspend_data"] = suspendData,
            ["cmi.core.exit"] = "suspend",
            ["cmi.core.session_time"] = "00:02:00",
            ["cmi.core.student_id"] = "",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await LaunchAsync(course.Learner, course.PackageId);
        var cmi = second.GetProperty("cmi");
        cmi.GetProperty("cmi.core.entry").GetString().ShouldBe("resume");
        cmi.GetProperty("cmi.suspend_data").GetString().ShouldBe(suspendData);
        cmi.GetProperty("cmi.core.lesson_location").GetString().ShouldBe("question-1-answered");
        cmi.GetProperty("cmi.core.total_time").GetString().ShouldBe("00:02:00.00");
        cmi.GetProperty("cmi.student_data.mastery_score").GetString().ShouldBe("70");

        var done = await CommitAsync(course.Learner, second, new()
        {
            ["cmi.core.lesson_status"] = "passed",
            ["cmi.core.score.raw"] = "80",
            ["cmi.core.score.max"] = "100",
            ["cmi.core.score.min"] = "0",
            ["cmi.core.exit"] = "",
            ["cmi.core.session_time"] = "00:03:30",
        });
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await done.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("packageCompleted").GetBoolean().ShouldBeTrue();
        result.GetProperty("scorePercent").GetDecimal().ShouldBe(80m);
        result.GetProperty("totalTime").GetString().ShouldBe("00:05:30.00");

        var attempt = await AttemptAsync(course.Learner, course.PackageId);
        (attempt.GetProperty("status").GetString(), attempt.GetProperty("scoreRaw").GetDecimal(), attempt.GetProperty("totalSeconds").GetDouble())
            .ShouldBe(("passed", 80m, 330d));
        var profile = await (await course.Learner.GetAsync("/api/competence/my-profile")).Content.ReadFromJsonAsync<JsonElement>();
        profile.GetProperty("evidence").EnumerateArray().ShouldContain(e =>
            e.GetProperty("source").GetString() == nameof(EvidenceSource.CourseCompletion) && e.GetProperty("competenceAreaId").GetGuid() == course.AreaId);
    }

    [Fact]
    public async Task A_scorm_2004_package_reports_its_scaled_score_and_success()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm2004, CourseCompletionRule.ScormPassed);
        var launch = await LaunchAsync(course.Learner, course.PackageId);
        launch.GetProperty("version").GetString().ShouldBe(nameof(ScormVersion.Scorm2004Edition4));
        launch.GetProperty("cmi").GetProperty("cmi.scaled_passing_score").GetString().ShouldBe("0.7");
        var response = await CommitAsync(course.Learner, launch, new()
        {
            ["cmi.completion_status"] = "completed",
            ["cmi.success_status"] = "unknown",
            ["cmi.score.scaled"] = "0.85",
            ["cmi.session_time"] = "PT1M5S",
            ["cmi.interactions.0.id"] = "q1",
            ["cmi.interactions.0.type"] = "choice",
            ["cmi.interactions.0.learner_response"] = "b",
            ["cmi.interactions.0.result"] = "correct",
        });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        (result.GetProperty("packageCompleted").GetBoolean(), result.GetProperty("packagePassed").GetBoolean(), result.GetProperty("scorePercent").GetDecimal())
            .ShouldBe((true, true, 85m));
        var next = await LaunchAsync(course.Learner, course.PackageId);
        next.GetProperty("cmi").GetProperty("cmi.interactions.0.id").GetString().ShouldBe("q1");
    }

    [Fact]
    public async Task Run_time_values_of_the_wrong_type_or_too_long_are_refused_and_nothing_is_stored()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var launch = await LaunchAsync(course.Learner, course.PackageId);
        var response = await CommitAsync(course.Learner, launch, new()
        {
            ["cmi.core.lesson_location"] = "page-2",
            ["cmi.core.score.raw"] = "lots",
            ["cmi.suspend_data"] = new string('x', 64_001),
            ["cmi.core.session_time"] = "two minutes",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("cmi.core.score.raw")[0].GetString().ShouldBe("Verdien har feil format (forventet decimal).");
        errors.GetProperty("cmi.suspend_data")[0].GetString().ShouldBe("Verdien er for lang (høyst 64000 tegn).");
        errors.TryGetProperty("cmi.core.session_time", out _).ShouldBeTrue();
        errors.TryGetProperty("cmi.core.lesson_location", out _).ShouldBeFalse();
        var attempt = await AttemptAsync(course.Learner, course.PackageId);
        attempt.GetProperty("location").ValueKind.ShouldBe(JsonValueKind.Null);
        attempt.GetProperty("lastCommitAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_commit_to_someone_elses_attempt_is_not_found()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var launch = await LaunchAsync(course.Learner, course.PackageId);
        var other = await factory.ClientForAsync((await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0].UserName!);
        (await CommitAsync(other, launch, new() { ["cmi.core.lesson_status"] = "passed" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_package_files_are_served_on_their_own_path_with_their_own_headers_and_only_with_a_launch_token()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm2004);
        var launch = await LaunchAsync(course.Learner, course.PackageId);
        var url = launch.GetProperty("contentUrl").GetString()!;
        url.ShouldStartWith("/scorm-content/");
        url.ShouldEndWith("/content/index.html");
        var anonymous = factory.CreateClient();
        var page = await anonymous.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        page.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'self'");
        csp.ShouldContain("script-src 'self' 'unsafe-inline'");
        page.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var script = await anonymous.GetAsync(url.Replace("index.html", "sco.js"));
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");

        var token = url.Split('/')[2];
        (await anonymous.GetAsync($"/scorm-content/{token}/content/missing.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/scorm-content/{token}/..%2F..%2Fimsmanifest.xml")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/scorm-content/{token[..^4]}AAAA/content/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/scorm-content/not-a-token/content/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_multi_sco_package_launches_each_sco_and_completes_when_all_are()
    {
        var course = await PublishedCourseAsync(ScormTestPackages.MultiSco);
        var package = await (await course.Learner.GetAsync($"{Base}/packages/{course.PackageId}")).Content.ReadFromJsonAsync<JsonElement>();
        package.GetProperty("scos").EnumerateArray().Select(s => (s.GetProperty("title").GetString(), s.GetProperty("launchable").GetBoolean()))
            .ShouldBe([("Modul 1", false), ("Del 1: Samtalen", true), ("Del 2: Planen", true)]);
        var part1 = await LaunchAsync(course.Learner, course.PackageId, "PART-1");
        var first = await (await CommitAsync(course.Learner, part1, new() { ["cmi.core.lesson_status"] = "completed" })).Content.ReadFromJsonAsync<JsonElement>();
        first.GetProperty("packageCompleted").GetBoolean().ShouldBeFalse();
        var part2 = await LaunchAsync(course.Learner, course.PackageId, "PART-2");
        part2.GetProperty("contentUrl").GetString()!.ShouldEndWith("/part2.html?part=2");
        var second = await (await CommitAsync(course.Learner, part2, new() { ["cmi.core.lesson_status"] = "completed" })).Content.ReadFromJsonAsync<JsonElement>();
        second.GetProperty("packageCompleted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Hostile_and_broken_packages_are_refused_with_their_reason_and_nothing_is_written()
    {
        var editor = await factory.ClientForAsync("kursredaktor", "en");
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var before = StoredPackages();
        var listBefore = (await (await editor.GetAsync($"{Base}/courses/{course.CourseId}/packages")).Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
        var page = ("index.html", ScormTestPackages.Text("<html></html>"));
        (byte[] Zip, string Code)[] cases =
        [
            (ScormTestPackages.Text("PK\u0003\u0004 this is no zip"), NavLederprogramErrorCodes.ScormNotAZip),
            (ScormTestPackages.ZipBomb(300L * 1024 * 1024), NavLederprogramErrorCodes.ScormCompressionRatio),
            (ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12())), page,
                ("../../evil.sh", ScormTestPackages.Text("rm -rf /"))), NavLederprogramErrorCodes.ScormUnsafeEntry),
            (ScormTestPackages.WithSymlink(), NavLederprogramErrorCodes.ScormUnsafeEntry),
            (ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12("http://evil.example/x.html"))), page),
                NavLederprogramErrorCodes.ScormExternalReference),
            (ScormTestPackages.Zip(page), NavLederprogramErrorCodes.ScormNoManifest),
            (ScormTestPackages.Zip(("course/imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12())), page),
                NavLederprogramErrorCodes.ScormManifestInFolder),
            (ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text("<manifest><oops")), page), NavLederprogramErrorCodes.ScormManifestInvalid),
        ];
        foreach (var (zip, code) in cases)
        {
            var response = await editor.PostAsync($"{Base}/courses/{course.CourseId}/packages", Zip(zip));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, code);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("code").GetString().ShouldBe(code);
            problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
        }
        StoredPackages().ShouldBe(before, ignoreOrder: true);
        (await (await editor.GetAsync($"{Base}/courses/{course.CourseId}/packages")).Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(listBefore);
    }

    /// <summary>
    /// The host decides on the declared length before it reads a byte: the body here holds only 1 MB of the 1 GB it
    /// declares, so the answer cannot come from reading it (the in-process test server would read all it is given).
    /// A body without a declared length is cut off by the form limit while it is read.
    /// </summary>
    [Fact]
    public async Task A_one_gigabyte_upload_is_answered_413_before_its_body_is_read()
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var file = new StreamContent(new MemoryStream(new byte[1024 * 1024]));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var form = new MultipartFormDataContent { { file, "file", "stor.zip" } };
        form.Headers.ContentLength = 1024L * 1024 * 1024;
        var response = await editor.PostAsync($"{Base}/courses/{course.CourseId}/packages", form);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("Filen er for stor. Største tillatte størrelse er 500 MB.");
    }

    [Fact]
    public async Task A_learner_cannot_run_or_upload_a_package_no_published_course_uses_and_an_editor_can_preview_it()
    {
        var editor = await factory.ClientForAsync("kursredaktor");
        var course = await PublishedCourseAsync(ScormTestPackages.Scorm12);
        var uploaded = await editor.PostAsync($"{Base}/courses/{course.CourseId}/packages", Zip(ScormTestPackages.Build(ScormTestPackages.MultiSco)));
        var draftPackage = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await course.Learner.PostAsync($"{Base}/packages/{draftPackage}/launch", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await course.Learner.PostAsync($"{Base}/courses/{course.CourseId}/packages", Zip(ScormTestPackages.Build(ScormTestPackages.Scorm12))))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var preview = await LaunchAsync(editor, draftPackage);
        preview.GetProperty("countsForCourse").GetBoolean().ShouldBeFalse();
    }
}
