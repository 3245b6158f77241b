using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class PeerSupervisionGroupApiTests(NavLederprogramFactory factory)
{
    private const string Supervisor = "kollegaveileder";

    /// <summary>The demo peer supervisor, appointed in their office's region if no appointment exists yet.</summary>
    private async Task<Guid> AppointedSupervisorAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(Supervisor);
        var person = (await sp.GetRequiredService<IPersonRepository>().FindByUserIdAsync(user!.Id))!;
        var repository = sp.GetRequiredService<IPeerSupervisorRepository>();
        if (await repository.FindActiveByPersonAsync(person.Id) is { } existing)
        {
            if (existing.Capacity < 20) existing.Change(20, existing.OfficeIds);
        }
        else
        {
            var office = await sp.GetRequiredService<NavLederprogramDbContext>().Offices.FirstAsync(o => o.Id == person.OfficeId);
            await repository.InsertAsync(PeerSupervisor.Appoint(Guid.CreateVersion7(), person.Id, office.RegionId, 20, [office.Id], new DateOnly(2026, 1, 1)));
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return person.Id;
    }

    private static DateTime NextTuesdayAtNine()
    {
        var day = OsloTime.Today(TimeProvider.System).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day.ToDateTime(new TimeOnly(9, 0));
    }

    private static object Agreement(int? meetingsForEvidence = null) => new
    {
        confidentiality = "Det som sies i gruppen, blir i gruppen.",
        meetingFrequency = "Annenhver tirsdag 09–11",
        method = "Reflekterende team",
        caseAnonymisation = "Ingen navn, alder, bosted eller andre kjennetegn.",
        meetingsForEvidence,
    };

    private static object Schedule(string rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6", DateTime? first = null, string? videoLink = null) => new
    {
        recurrenceRule = rule,
        firstStartsAt = (first ?? NextTuesdayAtNine()).ToString("yyyy-MM-ddTHH:mm:ss"),
        durationMinutes = 120,
        place = videoLink is null ? "Møterom Fjorden" : null,
        videoLink,
    };

    private static object NewGroup(IEnumerable<Guid> invitees, object? schedule = null, int? meetingsForEvidence = null, string kind = "Group") => new
    {
        name = "Veiledningsgruppe " + Guid.NewGuid().ToString("N")[..6],
        kind,
        inviteePersonIds = invitees.ToArray(),
        agreement = Agreement(meetingsForEvidence),
        schedule = schedule ?? Schedule(),
    };

    private async Task<int> GroupCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Set<SupervisionGroup>().CountAsync();
    }

    [Fact]
    public async Task Invitees_accept_or_decline_and_only_a_member_who_accepted_the_current_agreement_sees_the_meetings()
    {
        await AppointedSupervisorAsync();
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "TeamLeader", 4, withUsers: true);
        var supervisor = await factory.ClientForAsync(Supervisor);
        var group = await supervisor.PostAsJsonAsync("/api/peer-supervision/groups", NewGroup(people.Take(3).Select(p => p.PersonId))).Expect(HttpStatusCode.Created);
        var id = group.GetProperty("id").GetGuid();
        group.GetProperty("members").GetArrayLength().ShouldBe(3);
        group.GetProperty("agreement").GetProperty("meetingsForEvidence").GetInt32().ShouldBe(4, "the settings' default");

        var member = await factory.ClientForAsync(people[0].UserName!);
        var mine = await member.GetAsync("/api/peer-supervision/mine").Expect();
        mine.GetProperty("invitations").EnumerateArray().ShouldContain(g => g.GetProperty("id").GetGuid() == id);
        var told = (await member.GetAsync("/api/notifications?maxResultCount=50").Expect()).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("link").GetString() == "/supervision").ToList();
        told.ShouldHaveSingleItem().GetProperty("subject").GetString()!.ShouldStartWith("Invitasjon til veiledningsgruppe: ");

        var asInvitee = await member.GetAsync($"/api/peer-supervision/groups/{id}").Expect();
        asInvitee.GetProperty("hasAccess").GetBoolean().ShouldBeFalse();
        asInvitee.GetProperty("members").GetArrayLength().ShouldBe(0);
        asInvitee.GetProperty("agreement").GetProperty("method").GetString().ShouldBe("Reflekterende team");
        (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await member.PostAsync($"/api/peer-supervision/groups/{id}/accept", null).Expect();
        (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the agreement is not accepted yet");
        var accepted = await member.PostAsJsonAsync($"/api/peer-supervision/groups/{id}/agreement/accept", new { version = 1 }).Expect();
        accepted.GetProperty("hasAccess").GetBoolean().ShouldBeTrue();
        var meetings = (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings").Expect()).EnumerateArray().ToList();
        meetings.Count.ShouldBe(6);
        meetings.ShouldAllBe(m => OsloTime.ToOslo(m.GetProperty("startsAt").GetDateTime().ToUniversalTime()).TimeOfDay == new TimeSpan(9, 0, 0));

        var decliner = await factory.ClientForAsync(people[1].UserName!);
        (await decliner.PostAsync($"/api/peer-supervision/groups/{id}/decline", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await decliner.GetAsync($"/api/peer-supervision/groups/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var leaver = await factory.ClientForAsync(people[2].UserName!);
        await leaver.PostAsync($"/api/peer-supervision/groups/{id}/accept", null).Expect();
        (await leaver.PostAsync($"/api/peer-supervision/groups/{id}/leave", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await leaver.GetAsync($"/api/peer-supervision/groups/{id}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var outsider = await factory.ClientForAsync(people[3].UserName!);
        (await outsider.GetAsync($"/api/peer-supervision/groups/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var revised = await supervisor.PutAsJsonAsync($"/api/peer-supervision/groups/{id}/agreement", Agreement()).Expect();
        revised.GetProperty("agreement").GetProperty("version").GetInt32().ShouldBe(2);
        (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a revision asks everyone again");
        (await member.PostAsJsonAsync($"/api/peer-supervision/groups/{id}/agreement/accept", new { version = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await member.PostAsJsonAsync($"/api/peer-supervision/groups/{id}/agreement/accept", new { version = 2 }).Expect();
        (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_error_and_nothing_is_written()
    {
        await AppointedSupervisorAsync();
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "TeamLeader", 9, withUsers: false);
        var far = await TestPeople.CreateAsync(factory, "NAV Bodø", "TeamLeader");
        var supervisor = await factory.ClientForAsync(Supervisor, "nn");
        var three = people.Take(3).Select(p => p.PersonId).ToList();
        var before = await GroupCountAsync();

        async Task<JsonElement> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest) =>
            await supervisor.PostAsJsonAsync("/api/peer-supervision/groups", body).Expect(status);

        (await Refused(NewGroup(three, Schedule("FREQ=HOURLY;COUNT=5")))).FieldErrors().ShouldBe(["schedule.recurrenceRule"]);
        var endless = await Refused(NewGroup(three, Schedule("FREQ=WEEKLY;BYDAY=TU")));
        endless.FieldErrors().ShouldBe(["schedule.recurrenceRule"]);
        endless.GetRawText().ShouldContain("sluttdato");
        (await Refused(NewGroup(three, Schedule(first: DateTime.Now.AddDays(-7))))).FieldErrors().ShouldBe(["schedule.firstStartsAt"]);
        (await Refused(NewGroup(three, Schedule(videoLink: "http://meet.example.no/gruppe")))).FieldErrors().ShouldBe(["schedule.videoLink"]);
        (await Refused(NewGroup(people.Select(p => p.PersonId)))).FieldErrors().ShouldBe(["inviteePersonIds"]);
        (await Refused(NewGroup(three.Take(2).Append(far[0].PersonId)), HttpStatusCode.NotFound)).GetProperty("status").GetInt32().ShouldBe(404);
        (await Refused(NewGroup(three.Take(2), kind: "OneToOne"))).FieldErrors().ShouldBe(["inviteePersonIds"]);
        var municipal = await factory.ClientForAsync("kommunekoordinator");
        (await municipal.PostAsJsonAsync("/api/peer-supervision/groups", NewGroup(three))).StatusCode.ShouldBe(HttpStatusCode.NotFound,
            "a municipal coordinator in Stjørdal reaches neither the Malvik people nor a supervisor outside their scope");
        (await GroupCountAsync()).ShouldBe(before);

        var full = await supervisor.PostAsJsonAsync("/api/peer-supervision/groups", NewGroup(people.Take(8).Select(p => p.PersonId))).Expect(HttpStatusCode.Created);
        var ninth = await supervisor.PostAsJsonAsync($"/api/peer-supervision/groups/{full.GetProperty("id").GetGuid()}/members", new { personId = people[8].PersonId })
            .Expect(HttpStatusCode.Conflict);
        ninth.GetProperty("detail").GetString()!.ShouldContain("8");
        (await supervisor.GetAsync($"/api/peer-supervision/groups/{full.GetProperty("id").GetGuid()}").Expect()).GetProperty("members").GetArrayLength().ShouldBe(8);
    }

    [Fact]
    public async Task One_meeting_is_moved_or_cancelled_and_a_new_schedule_replaces_only_the_planned_future_meetings()
    {
        await AppointedSupervisorAsync();
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "TeamLeader", 3);
        var supervisor = await factory.ClientForAsync(Supervisor);
        var id = (await supervisor.PostAsJsonAsync("/api/peer-supervision/groups", NewGroup(people.Select(p => p.PersonId))).Expect(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var meetings = (await supervisor.GetAsync($"/api/peer-supervision/groups/{id}/meetings").Expect()).EnumerateArray().ToList();
        var (first, second) = (meetings[0].GetProperty("id").GetGuid(), meetings[1].GetProperty("id").GetGuid());
        var movedTo = NextTuesdayAtNine().AddDays(1).AddHours(4);

        var moved = await supervisor.PostAsJsonAsync($"/api/peer-supervision/meetings/{first}/move", new
        {
            startsAt = movedTo.ToString("yyyy-MM-ddTHH:mm:ss"),
            endsAt = movedTo.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss"),
            videoLink = "https://meet.example.no/gruppe",
        }).Expect();
        moved.GetProperty("status").GetString().ShouldBe("Moved");
        OsloTime.ToOslo(moved.GetProperty("startsAt").GetDateTime().ToUniversalTime()).ShouldBe(movedTo);
        moved.GetProperty("originalStartsAt").GetDateTime().ShouldBe(meetings[0].GetProperty("startsAt").GetDateTime());
        (await supervisor.PostAsync($"/api/peer-supervision/meetings/{second}/cancel", null).Expect()).GetProperty("status").GetString().ShouldBe("Cancelled");

        var past = DateTime.Now.AddDays(-1);
        (await supervisor.PostAsJsonAsync($"/api/peer-supervision/meetings/{first}/move", new { startsAt = past, endsAt = past.AddHours(1) })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["startsAt"]);
        (await supervisor.PostAsJsonAsync($"/api/peer-supervision/meetings/{first}/move", new
        {
            startsAt = movedTo.ToString("yyyy-MM-ddTHH:mm:ss"),
            endsAt = movedTo.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss"),
            videoLink = "ftp://x.no",
        }).Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["videoLink"]);
        (await supervisor.PostAsJsonAsync($"/api/peer-supervision/meetings/{second}/move", new
        {
            startsAt = movedTo.ToString("yyyy-MM-ddTHH:mm:ss"),
            endsAt = movedTo.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a cancelled meeting stays cancelled");

        var replaced = (await supervisor.PutAsJsonAsync($"/api/peer-supervision/groups/{id}/schedule",
            Schedule("FREQ=MONTHLY;BYDAY=1WE;COUNT=3", NextTuesdayAtNine().AddDays(8).AddHours(4))).Expect()).EnumerateArray().ToList();
        replaced.Count.ShouldBe(5);
        replaced.Count(m => m.GetProperty("status").GetString() == "Planned").ShouldBe(3);
        replaced.ShouldContain(m => m.GetProperty("id").GetGuid() == first && m.GetProperty("status").GetString() == "Moved");
        replaced.ShouldContain(m => m.GetProperty("id").GetGuid() == second && m.GetProperty("status").GetString() == "Cancelled");
        (await supervisor.PutAsJsonAsync($"/api/peer-supervision/groups/{id}/schedule", Schedule("FREQ=MINUTELY;COUNT=3")).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["recurrenceRule"]);
        (await supervisor.GetAsync($"/api/peer-supervision/groups/{id}/meetings").Expect()).GetArrayLength().ShouldBe(5, "a refused schedule changes nothing");
    }

    [Fact]
    public async Task Attendance_registered_by_the_supervisor_turns_into_evidence_in_the_members_competence_profile()
    {
        await AppointedSupervisorAsync();
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "TeamLeader", 3, withUsers: true);
        var supervisor = await factory.ClientForAsync(Supervisor);
        var id = (await supervisor.PostAsJsonAsync("/api/peer-supervision/groups", NewGroup(people.Select(p => p.PersonId), meetingsForEvidence: 1))
            .Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var member = await factory.ClientForAsync(people[0].UserName!);
        await member.PostAsync($"/api/peer-supervision/groups/{id}/accept", null).Expect();
        await member.PostAsJsonAsync($"/api/peer-supervision/groups/{id}/agreement/accept", new { version = 1 }).Expect();
        var absent = await factory.ClientForAsync(people[1].UserName!);
        await absent.PostAsync($"/api/peer-supervision/groups/{id}/accept", null).Expect();
        var meetingId = (await supervisor.GetAsync($"/api/peer-supervision/groups/{id}/meetings").Expect())[0].GetProperty("id").GetGuid();

        var early = await supervisor.PutAsJsonAsync($"/api/peer-supervision/meetings/{meetingId}/attendance", new { attendedPersonIds = new[] { people[0].PersonId } });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a meeting that has not started cannot be held");

        // The meeting took place: it started an hour ago.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            var startedAt = DateTime.UtcNow.AddHours(-1);
            await db.Set<SupervisionMeeting>().Where(m => m.Id == meetingId)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.StartsAt, startedAt).SetProperty(m => m.EndsAt, startedAt.AddHours(2)));
        }
        (await member.PutAsJsonAsync($"/api/peer-supervision/meetings/{meetingId}/attendance", new { attendedPersonIds = new[] { people[0].PersonId } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "attendance is the supervisor's to register");
        (await supervisor.PutAsJsonAsync($"/api/peer-supervision/meetings/{meetingId}/attendance", new { attendedPersonIds = new[] { people[2].PersonId } })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["attendedPersonIds"], "an invitee who has not joined cannot attend");

        var held = await supervisor.PutAsJsonAsync($"/api/peer-supervision/meetings/{meetingId}/attendance",
            new { attendedPersonIds = new[] { people[0].PersonId } }).Expect();
        held.GetProperty("status").GetString().ShouldBe("Held");
        held.GetProperty("attendedPersonIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([people[0].PersonId]);

        var evidence = (await member.GetAsync("/api/competence/my-profile").Expect()).GetProperty("evidence").EnumerateArray()
            .Where(e => e.GetProperty("source").GetString() == "SupervisionParticipation").ToList();
        evidence.ShouldHaveSingleItem().GetProperty("competenceAreaName").GetString().ShouldNotBeNullOrEmpty();
        evidence[0].GetProperty("level").GetInt32().ShouldBe(1);
        var absentEvidence = (await absent.GetAsync("/api/competence/my-profile").Expect()).GetProperty("evidence").EnumerateArray()
            .Where(e => e.GetProperty("source").GetString() == "SupervisionParticipation");
        absentEvidence.ShouldBeEmpty();
        var memberView = (await member.GetAsync($"/api/peer-supervision/groups/{id}/meetings").Expect())[0];
        memberView.GetProperty("iAttended").GetBoolean().ShouldBeTrue();
        memberView.GetProperty("attendedPersonIds").GetArrayLength().ShouldBe(0, "who attended is the supervisor's to see");
    }
}
