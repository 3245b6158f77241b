using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class ProgrammeApiTests(NavLederprogramFactory factory)
{
    private static DateOnly Today => OsloTime.Today(TimeProvider.System);

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd");

    private static async Task<Guid> PublishedVersionIdAsync(HttpClient client) =>
        (await client.GetAsync("/api/programme/versions").Expect()).EnumerateArray()
            .First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();

    private static object CohortInput(Guid versionId, string name, int capacity = 20, int opens = 0, int closes = 10, int starts = 20, int ends = 120,
        Guid? regionId = null, bool requiresApproval = false) => new
        {
            programmeVersionId = versionId,
            name,
            regionId,
            capacity,
            requiresApproval,
            enrolmentOpensOn = Day(opens),
            enrolmentClosesOn = Day(closes),
            startsOn = Day(starts),
            endsOn = Day(ends),
        };

    private static async Task<int> CohortCountAsync(HttpClient client) =>
        (await client.GetAsync("/api/cohorts?maxResultCount=1").Expect()).GetProperty("totalCount").GetInt32();

    /// <summary>The cohort's own milestone opens enrolment when its day has come; the scheduler runs it in the background.</summary>
    private static async Task<JsonElement> WaitForStatusAsync(HttpClient client, Guid cohortId, string status)
    {
        JsonElement cohort = default;
        for (var i = 0; i < 150; i++)
        {
            cohort = await client.GetAsync($"/api/cohorts/{cohortId}").Expect();
            if (cohort.GetProperty("status").GetString() == status) return cohort;
            await Task.Delay(200);
        }
        cohort.GetProperty("status").GetString().ShouldBe(status);
        return cohort;
    }

    [Fact]
    public async Task A_version_is_published_only_when_both_owners_approve_and_an_edit_after_an_approval_resets_both()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var directorate = await factory.ClientForAsync("diradmin");
        var coordinator = await factory.ClientForAsync("regionkoordinator");
        var published = await PublishedVersionIdAsync(ks);
        var source = await ks.GetAsync($"/api/programme/versions/{published}").Expect();

        var draft = await ks.PostAsJsonAsync("/api/programme/versions", new { copyFromVersionId = published, name = new { nb = "Lederprogrammet 2027" } }).Expect(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("id").GetGuid())
            .ShouldBe(source.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        draft.GetProperty("myParty").GetString().ShouldBe("Ks");
        (await ks.PostAsJsonAsync("/api/programme/versions", new { name = new { nb = "En til" } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        async Task<JsonElement> EditFirstModule(HttpClient client, JsonElement version, string title)
        {
            var module = JsonNode.Parse(version.GetProperty("modules")[0].GetRawText())!.AsObject();
            module["title"] = new JsonObject { ["nb"] = title };
            module["concurrencyStamp"] = version.GetProperty("concurrencyStamp").GetString();
            return await client.PutAsJsonAsync($"/api/programme/versions/{id}/modules/{module["id"]}", module).Expect();
        }
        async Task<JsonElement> Approve(HttpClient client, JsonElement version, HttpStatusCode expected = HttpStatusCode.OK) =>
            await client.PostAsJsonAsync($"/api/programme/versions/{id}/approve", new { concurrencyStamp = version.GetProperty("concurrencyStamp").GetString() }).Expect(expected);

        var edited = await EditFirstModule(ks, draft, "Lederrollen i NAV-kontoret – revidert");
        var approvedByKs = await Approve(ks, edited);
        approvedByKs.GetProperty("approvals").GetArrayLength().ShouldBe(1);
        approvedByKs.GetProperty("status").GetString().ShouldBe("Draft");
        approvedByKs.GetProperty("canApprove").GetBoolean().ShouldBeFalse();
        (await Approve(ks, approvedByKs, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Error:Programmes.VersionAlreadyApproved");

        // Someone edits after the approval: what KS approved is no longer what would be published.
        var reset = await EditFirstModule(ks, approvedByKs, "Lederrollen i NAV-kontoret – revidert igjen");
        reset.GetProperty("approvals").GetArrayLength().ShouldBe(0);
        reset.GetProperty("history")[0].GetProperty("action").GetString().ShouldBe("Edited");
        reset.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldContain("ApprovalsReset");

        // An approval of a version that changed since the approver looked at it is refused.
        await Approve(directorate, approvedByKs, HttpStatusCode.Conflict);
        (await coordinator.PostAsJsonAsync($"/api/programme/versions/{id}/approve", new { concurrencyStamp = reset.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var again = await Approve(ks, reset);
        var publishedNow = await Approve(directorate, again);
        publishedNow.GetProperty("status").GetString().ShouldBe("Published");
        publishedNow.GetProperty("publishedAt").ValueKind.ShouldNotBe(JsonValueKind.Null);
        var approvals = publishedNow.GetProperty("approvals").EnumerateArray().ToList();
        approvals.Select(a => a.GetProperty("party").GetString()).ShouldBe(["Ks", "Directorate"], ignoreOrder: true);
        approvals.Single(a => a.GetProperty("party").GetString() == "Directorate").GetProperty("approvedBy").GetString().ShouldBe("Didrik Direktoratsen");
        publishedNow.GetProperty("history")[0].GetProperty("action").GetString().ShouldBe("Published");

        // Published is final: no edit, and the text says so in the reader's language.
        var module = JsonNode.Parse(publishedNow.GetProperty("modules")[0].GetRawText())!.AsObject();
        module["title"] = new JsonObject { ["nb"] = "Etter publisering" };
        module["concurrencyStamp"] = publishedNow.GetProperty("concurrencyStamp").GetString();
        var refused = await (await factory.ClientForAsync("ksadmin", "en")).PutAsJsonAsync($"/api/programme/versions/{id}/modules/{module["id"]}", module).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString()!.ShouldContain("published");
        (await ks.GetAsync($"/api/programme/versions/{id}").Expect()).GetProperty("modules")[0].GetProperty("title").GetProperty("nb").GetString().ShouldBe("Lederrollen i NAV-kontoret – revidert igjen");
    }

    [Fact]
    public async Task Bad_module_and_cohort_input_is_refused_with_field_errors_and_nothing_is_written()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var versionId = await PublishedVersionIdAsync(ks);
        var before = await CohortCountAsync(ks);

        async Task<string[]> Refused(object input) => (await ks.PostAsJsonAsync("/api/cohorts", input).Expect(HttpStatusCode.BadRequest)).FieldErrors();

        (await Refused(CohortInput(versionId, "Påmelding åpner i går", opens: -1))).ShouldBe(["enrolmentOpensOn"]);
        (await Refused(CohortInput(versionId, "Stenger før den åpner", opens: 5, closes: 2))).ShouldBe(["enrolmentClosesOn"]);
        (await Refused(CohortInput(versionId, "Slutter før start", starts: 30, ends: 25))).ShouldBe(["endsOn"]);
        (await Refused(CohortInput(versionId, "Ingen plasser", capacity: 0))).ShouldBe(["capacity"]);
        (await Refused(CohortInput(versionId, "Negative plasser", capacity: -3))).ShouldBe(["capacity"]);
        (await Refused(CohortInput(Guid.NewGuid(), "Ukjent versjon"))).ShouldBe(["programmeVersionId"]);
        (await Refused(new { name = "" })).ShouldContain("programmeVersionId");
        (await CohortCountAsync(ks)).ShouldBe(before);

        // A gathering that lasts no time at all is refused at its field in the module editor.
        var draft = await (await ks.PostAsJsonAsync("/api/programme/versions", new { name = new { nb = "Utkast for feil" } })).Json();
        if (draft.TryGetProperty("id", out var draftId))
        {
            var problem = await ks.PostAsJsonAsync($"/api/programme/versions/{draftId}/modules", new
            {
                title = new { nb = "Modul" },
                gatherings = new[] { new { title = new { nb = "Samling" }, format = "InPerson", durationMinutes = 0 } },
                concurrencyStamp = draft.GetProperty("concurrencyStamp").GetString(),
            }).Expect(HttpStatusCode.BadRequest);
            problem.FieldErrors().ShouldBe(["gatherings[0].durationMinutes"]);
            await ks.DeleteAsync($"/api/programme/versions/{draftId}").Expect(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Two_hundred_simultaneous_nominations_into_twenty_seats_give_twenty_places_and_a_waitlist_in_order()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var versionId = await PublishedVersionIdAsync(ks);
        var created = await ks.PostAsJsonAsync("/api/cohorts", CohortInput(versionId, $"Kull med tjue plasser {Guid.NewGuid():N}", capacity: 20)).Expect(HttpStatusCode.Created);
        var cohortId = created.GetProperty("id").GetGuid();
        await WaitForStatusAsync(ks, cohortId, "EnrolmentOpen");

        // Two hundred team leaders of their own, whom no other test enrols anywhere.
        var people = (await TestPeople.CreateAsync(factory, "NAV Alta", "TeamLeader", 200)).Select(p => p.PersonId).ToList();
        var responses = await Task.WhenAll(people.Select(personId => ks.PostAsJsonAsync($"/api/cohorts/{cohortId}/nominations", new { personId })));
        var answers = new List<JsonElement>();
        foreach (var response in responses) answers.Add(await response.Expect());

        var enrolments = (await ks.GetAsync($"/api/cohorts/{cohortId}/enrolments").Expect()).EnumerateArray().ToList();
        enrolments.Count.ShouldBe(200);
        enrolments.Select(e => e.GetProperty("personId").GetGuid()).Distinct().Count().ShouldBe(200);
        var enrolled = enrolments.Where(e => e.GetProperty("status").GetString() == "Enrolled").ToList();
        var waitlist = enrolments.Where(e => e.GetProperty("status").GetString() == "Waitlisted")
            .OrderBy(e => e.GetProperty("waitlistPosition").GetInt32()).ToList();
        enrolled.Count.ShouldBe(20);
        waitlist.Count.ShouldBe(180);
        // Served one at a time: the first twenty served took the seats, the rest queue in the order they were served.
        enrolments.Select(e => e.GetProperty("placementNumber").GetInt64()).Order().ShouldBe(Enumerable.Range(1, 200).Select(n => (long)n));
        enrolled.Max(e => e.GetProperty("placementNumber").GetInt64()).ShouldBe(20);
        waitlist.Select(e => e.GetProperty("placementNumber").GetInt64()).ShouldBe(Enumerable.Range(21, 180).Select(n => (long)n));
        // What each caller was told is what stands.
        foreach (var answer in answers)
        {
            var stored = enrolments.Single(e => e.GetProperty("id").GetGuid() == answer.GetProperty("id").GetGuid());
            answer.GetProperty("status").GetString().ShouldBe(stored.GetProperty("status").GetString());
            answer.GetProperty("placementNumber").GetInt64().ShouldBe(stored.GetProperty("placementNumber").GetInt64());
        }

        (await ks.PostAsJsonAsync($"/api/cohorts/{cohortId}/nominations", new { personId = people[0] }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:Programmes.AlreadyEnrolled");

        // A seat that is given up goes to the first in line, who learns so at once.
        var leaving = enrolled[0].GetProperty("id").GetGuid();
        (await ks.PostAsJsonAsync($"/api/enrolments/{leaving}/withdraw", new { reason = "Sluttet i stillingen" }).Expect()).GetProperty("status").GetString().ShouldBe("Withdrawn");
        var after = (await ks.GetAsync($"/api/cohorts/{cohortId}/enrolments").Expect()).EnumerateArray().ToList();
        after.Single(e => e.GetProperty("id").GetGuid() == waitlist[0].GetProperty("id").GetGuid()).GetProperty("status").GetString().ShouldBe("Enrolled");
        after.Count(e => e.GetProperty("status").GetString() == "Enrolled").ShouldBe(20);
        after.Single(e => e.GetProperty("id").GetGuid() == waitlist[1].GetProperty("id").GetGuid()).GetProperty("waitlistPosition").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Enrolment_outside_the_window_a_second_time_or_outside_ones_scope_is_refused_and_changes_nothing()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        // A team leader at NAV Værnes (Trøndelag) who is in no cohort yet.
        var leader = await factory.ClientForAsync((await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0].UserName!);
        var coordinator = await factory.ClientForAsync("regionkoordinator");
        var versionId = await PublishedVersionIdAsync(ks);

        var later = await ks.PostAsJsonAsync("/api/cohorts", CohortInput(versionId, $"Kull som åpner senere {Guid.NewGuid():N}", opens: 5, closes: 15)).Expect(HttpStatusCode.Created);
        var laterId = later.GetProperty("id").GetGuid();
        (await leader.PostAsync($"/api/cohorts/{laterId}/apply", null).Expect(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Error:Programmes.EnrolmentClosed");
        (await ks.GetAsync($"/api/cohorts/{laterId}/enrolments").Expect()).GetArrayLength().ShouldBe(0);
        // No start without participants.
        var opened = await ks.PostAsJsonAsync($"/api/cohorts/{laterId}/open-enrolment", new { concurrencyStamp = later.GetProperty("concurrencyStamp").GetString() }).Expect();
        (await ks.PostAsJsonAsync($"/api/cohorts/{laterId}/start", new { concurrencyStamp = opened.GetProperty("concurrencyStamp").GetString() }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:Programmes.CohortNoParticipants");

        var open = await ks.PostAsJsonAsync("/api/cohorts", CohortInput(versionId, $"Kull Trøndelag {Guid.NewGuid():N}", regionId: await TrondelagAsync(ks))).Expect(HttpStatusCode.Created);
        var openId = open.GetProperty("id").GetGuid();
        await WaitForStatusAsync(ks, openId, "EnrolmentOpen");
        (await leader.PostAsync($"/api/cohorts/{openId}/apply", null).Expect()).GetProperty("status").GetString().ShouldBe("Enrolled");
        (await leader.PostAsync($"/api/cohorts/{openId}/apply", null).Expect(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Error:Programmes.AlreadyEnrolled");

        // The Trøndelag coordinator nominates leaders in Trøndelag, not in Oslo.
        var oslo = (await ks.GetAsync("/api/organisation/offices?filter=Frogner").Expect()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var osloPerson = (await ks.GetAsync($"/api/organisation/people?officeId={oslo}").Expect()).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await coordinator.PostAsJsonAsync($"/api/cohorts/{openId}/nominations", new { personId = osloPerson }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["personId"]);
        var enrolments = (await ks.GetAsync($"/api/cohorts/{openId}/enrolments").Expect()).EnumerateArray().ToList();
        enrolments.Count.ShouldBe(1);
        // A coordinator sees only the people in their own scope in the cohort.
        var varnesLeaderVisible = (await coordinator.GetAsync($"/api/cohorts/{openId}/enrolments").Expect()).GetArrayLength();
        varnesLeaderVisible.ShouldBe(1);
    }

    private static async Task<Guid> TrondelagAsync(HttpClient client) =>
        (await client.GetAsync("/api/organisation/regions?filter=Tr%C3%B8ndelag").Expect()).GetProperty("items")[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task A_participant_who_completes_the_last_module_gets_evidence_a_certificate_and_word_of_it_while_reflections_stay_private()
    {
        var leader = await factory.ClientForAsync("leder");
        var facilitator = await factory.ClientForAsync("fasilitator");
        var mine = (await leader.GetAsync("/api/my-programme").Expect()).GetProperty("cohorts").EnumerateArray()
            .Single(c => c.GetProperty("cohortStatus").GetString() == "Running");
        var enrolmentId = mine.GetProperty("enrolmentId").GetGuid();
        var cohortId = mine.GetProperty("cohortId").GetGuid();
        mine.GetProperty("modulesCompleted").GetInt32().ShouldBe(3);
        var last = mine.GetProperty("modules")[3];
        last.GetProperty("unlocked").GetBoolean().ShouldBeTrue();
        var assignmentId = last.GetProperty("assignments")[0].GetProperty("assignmentId").GetGuid();
        var reflectionId = last.GetProperty("reflections")[0].GetProperty("reflectionTaskId").GetGuid();
        var sessionId = last.GetProperty("sessions")[0].GetProperty("session").GetProperty("id").GetGuid();
        const string privateThought = "Jeg er usikker på om jeg var modig nok i omstillingen i vår.";

        (await leader.PutAsJsonAsync($"/api/my-programme/{enrolmentId}/reflections/{reflectionId}", new { text = "" }).Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["text"]);
        await leader.PutAsJsonAsync($"/api/my-programme/{enrolmentId}/reflections/{reflectionId}", new { text = privateThought }).Expect();
        // In the table it is ciphertext under the leader's own key, as a copy of the database would show it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Database
                .SqlQueryRaw<string>("""SELECT "ProtectedText" AS "Value" FROM "ProgReflectionNotes" """).ToListAsync();
            stored.ShouldNotContain(t => t.Contains("modig"));
            stored.ShouldAllBe(t => ProtectedText.IsProtected(t));
        }
        await leader.PutAsJsonAsync($"/api/my-programme/{enrolmentId}/assignments/{assignmentId}", new { answer = "Vi la om mottaket; dette lærte jeg." }).Expect();
        // Nobody else works on the leader's enrolment.
        (await facilitator.PutAsJsonAsync($"/api/my-programme/{enrolmentId}/assignments/{assignmentId}", new { answer = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var sheet = await facilitator.GetAsync($"/api/cohorts/{cohortId}/sessions/{sessionId}/attendance").Expect();
        // Every participant of the cohort: the ten the demo seats, and those other tests seat in this cohort.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seated = (await scope.ServiceProvider.GetRequiredService<IEnrolmentRepository>().GetForCohortAsync(cohortId))
                .Where(e => e.IsParticipant).Select(e => e.Id).ToList();
            seated.Count.ShouldBeGreaterThanOrEqualTo(10);
            sheet.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("enrolmentId").GetGuid()).ShouldBe(seated, ignoreOrder: true);
        }
        await facilitator.PutAsJsonAsync($"/api/cohorts/{cohortId}/sessions/{sessionId}/attendance",
            new { entries = new[] { new { enrolmentId, present = true } } }).Expect();
        (await facilitator.PutAsJsonAsync($"/api/cohorts/{cohortId}/sessions/{sessionId}/attendance",
            new { entries = new[] { new { enrolmentId = Guid.NewGuid(), present = true } } }).Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["entries[0].enrolmentId"]);

        var assessments = await facilitator.GetAsync($"/api/cohorts/{cohortId}/assessments").Expect();
        assessments.GetRawText().ShouldNotContain(privateThought);
        assessments[0].GetProperty("status").GetString().ShouldBe("Submitted");
        var review = $"/api/cohorts/{cohortId}/enrolments/{enrolmentId}/assignments/{assignmentId}/review";
        (await facilitator.PostAsJsonAsync(review, new { approved = false }).Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["feedback"]);
        await facilitator.PostAsJsonAsync(review, new { approved = true, feedback = "Godt reflektert." }).Expect();

        var completed = (await leader.GetAsync("/api/my-programme").Expect()).GetProperty("cohorts").EnumerateArray().Single(c => c.GetProperty("enrolmentId").GetGuid() == enrolmentId);
        completed.GetProperty("status").GetString().ShouldBe("Completed");
        completed.GetProperty("modulesCompleted").GetInt32().ShouldBe(4);
        completed.GetProperty("certificateId").ValueKind.ShouldBe(JsonValueKind.String);
        completed.GetProperty("modules")[3].GetProperty("reflections")[0].GetProperty("text").GetString().ShouldBe(privateThought);
        // The last module's competence is now evidence in the leader's profile, through the competence module's events.
        var profile = await leader.GetAsync("/api/competence/my-profile").Expect();
        profile.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("source").GetString() == "ProgrammeModule"
            && e.GetProperty("title").GetString() == "Endringsledelse og kollegaveiledning");
        // Attendance once completed is history: a second registration changes nothing for this participant.
        var notifications = (await leader.GetAsync("/api/notifications?maxResultCount=50").Expect()).GetRawText();
        notifications.ShouldContain("Kursbevis");
    }
}
