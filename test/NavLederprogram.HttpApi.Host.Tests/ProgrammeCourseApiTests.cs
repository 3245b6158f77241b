using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>A programme module names a real course, and completing the course completes the module's e-learning part. On a host of its own: it writes programme versions.</summary>
public class ProgrammeCourseApiTests
{
    private const string CourseCode = "T-MODULKURS-01";

    private static async Task<JsonElement> ModuleAsync(HttpClient client, Guid cohortId) =>
        (await client.GetAsync("/api/my-programme").Expect()).GetProperty("cohorts").EnumerateArray()
            .Single(c => c.GetProperty("cohortId").GetGuid() == cohortId).GetProperty("modules")[0];

    /// <summary>A published version whose one module asks only for the course, a cohort on it, and the person enrolled with a seat.</summary>
    private static async Task<Guid> EnrolInModuleWithCourseAsync(NavLederprogramFactory factory, Guid personId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var programmes = sp.GetRequiredService<IProgrammeRepository>();
        var now = DateTime.UtcNow;
        var today = OsloTime.Today(TimeProvider.System);
        var programme = (await programmes.GetProgrammeAsync())!;
        // Number 0: below the seeded versions, so that "the newest version" stays the seeded one.
        var version = new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, 0, "Kurs i modulen", "", new Actor(Guid.NewGuid(), "Kari"), now);
        version.AddModule(new ModuleContent("E-læringsmodulen", "", ["Et mål"], CourseCode.ToLowerInvariant(), [], [], [], []), new Actor(Guid.NewGuid(), "Kari"), now);
        version.Approve(ApprovalParty.Ks, new Actor(Guid.NewGuid(), "Kari"), now);
        version.Approve(ApprovalParty.Directorate, new Actor(Guid.NewGuid(), "Didrik"), now);
        await programmes.InsertVersionAsync(version);
        var cohort = new Cohort(Guid.CreateVersion7(), version, $"Kurskull {Guid.NewGuid():N}"[..20], null, 5, false,
            new CohortDates(today.AddDays(-30), today.AddDays(-20), today.AddDays(-10), today.AddDays(90)), []);
        await sp.GetRequiredService<ICohortRepository>().InsertAsync(cohort);
        var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, personId, EnrolmentSource.Application, null, now);
        enrolment.Place(true, 1, null, now);
        await sp.GetRequiredService<IEnrolmentRepository>().InsertAsync(enrolment);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return cohort.Id;
    }

    [Fact]
    public async Task A_module_names_an_existing_course_and_completing_the_course_completes_its_e_learning_part_at_once()
    {
        await using var factory = new NavLederprogramFactory { RunsScheduledJobs = false, UseSmtpSink = false };
        var courseId = await ELearningDemo.PublishCourseAsync(factory, "Kurs for modulen", CourseCode);
        var leader = (await TestPeople.CreateAsync(factory, "NAV Malvik", "OfficeLeader", withUsers: true)).Single();
        var cohortId = await EnrolInModuleWithCourseAsync(factory, leader.PersonId);
        var client = await factory.ClientForAsync(leader.UserName!);

        var before = await ModuleAsync(client, cohortId);
        before.GetProperty("eLearningDone").GetBoolean().ShouldBeFalse();
        before.GetProperty("courseId").GetGuid().ShouldBe(courseId);
        before.GetProperty("courseTitle").GetProperty("text").GetString().ShouldBe("Kurs for modulen");
        before.GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        // The participant no longer declares the e-learning done themselves.
        (await client.PostAsync($"/api/my-programme/{Guid.NewGuid()}/modules/{Guid.NewGuid()}/e-learning-done", null)).StatusCode
            .ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);

        await ELearningDemo.CompleteCourseAsync(factory, leader.PersonId, courseId);

        var after = await ModuleAsync(client, cohortId);
        after.GetProperty("eLearningDone").GetBoolean().ShouldBeTrue();
        after.GetProperty("completedOn").GetString().ShouldBe(OsloTime.Today(TimeProvider.System).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task A_module_naming_a_course_that_does_not_exist_is_refused_on_its_field()
    {
        await using var factory = new NavLederprogramFactory { RunsScheduledJobs = false, UseSmtpSink = false };
        var ks = await factory.ClientForAsync("ksadmin");
        var published = (await ks.GetAsync("/api/programme/versions").Expect()).EnumerateArray()
            .First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var draft = await ks.PostAsJsonAsync("/api/programme/versions", new { copyFromVersionId = published, name = new { nb = "Med kurs" } }).Expect(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        var module = JsonNode.Parse(draft.GetProperty("modules")[0].GetRawText())!.AsObject();
        module["concurrencyStamp"] = draft.GetProperty("concurrencyStamp").GetString();

        module["courseReference"] = "FINNES-IKKE-01";
        var refused = await ks.PutAsJsonAsync($"/api/programme/versions/{id}/modules/{module["id"]}", module).Expect(HttpStatusCode.BadRequest);
        refused.FieldErrors().ShouldBe(["courseReference"]);
        refused.GetProperty("errors").GetProperty("courseReference")[0].GetString()!.ShouldContain("FINNES-IKKE-01");

        // Codes compare without regard to case; the module keeps the code as the catalogue spells it.
        module["courseReference"] = $" {ELearningDemo.EthicsCode.ToLowerInvariant()} ";
        var saved = await ks.PutAsJsonAsync($"/api/programme/versions/{id}/modules/{module["id"]}", module).Expect();
        saved.GetProperty("modules")[0].GetProperty("courseReference").GetString().ShouldBe(ELearningDemo.EthicsCode);
    }
}
