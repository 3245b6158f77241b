using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Privacy;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Private reflections and anonymous cases in a supervision group led by the demo peer supervisor: what is stored, and who can
/// read what by every route.
/// </summary>
[Collection(HostCollection.Name)]
public class SupervisionPrivacyApiTests(NavLederprogramFactory factory)
{
    private const string Private = "Jeg ble usikker da brukeren gråt, og sa for lite.";
    private const string ToShare = "Det hjalp å høre hvordan de andre møter sinne i mottaket.";

    [Fact]
    public async Task A_reflection_is_encrypted_at_rest_and_read_by_its_author_alone_until_shared_and_hidden_again_when_the_share_is_withdrawn()
    {
        var g = await SupervisionGroupAsync();
        var author = await factory.ClientForAsync(g.Members[0]);
        var colleague = await factory.ClientForAsync(g.Members[1]);
        var supervisor = await factory.ClientForAsync("kollegaveileder");

        var privateNote = await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { meetingId = g.MeetingIds[0], text = Private }).Expect();
        var sharedNote = await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { text = ToShare }).Expect();
        var privateId = privateNote.GetProperty("id").GetGuid();
        var sharedId = sharedNote.GetProperty("id").GetGuid();
        privateNote.GetProperty("text").GetString().ShouldBe(Private);
        privateNote.GetProperty("isMine").GetBoolean().ShouldBeTrue();

        // The column holds ciphertext that only the author's key opens.
        var stored = await StoredAsync("PsReflections");
        stored.ShouldNotContain(t => t.Contains("brukeren") || t.Contains("mottaket"));
        stored.Count(ProtectedText.IsProtected).ShouldBeGreaterThanOrEqualTo(2);

        (await author.GetAsync($"/api/peer-supervision/groups/{g.Id}/reflections/mine").Expect()).EnumerateArray()
            .Select(r => r.GetProperty("text").GetString()).ShouldBe([ToShare, Private], ignoreOrder: true);

        // Before sharing, nobody else reaches either note by any route.
        foreach (var other in new[] { colleague, supervisor, await factory.ClientForAsync("ksadmin"), await factory.ClientForAsync("sysadmin") })
            await ShouldNotReadAsync(other, g.Id, privateId, sharedId);

        await author.PostAsync($"/api/peer-supervision/reflections/{sharedId}/share", null).Expect();

        foreach (var member in new[] { colleague, supervisor })
        {
            var shared = (await member.GetAsync($"/api/peer-supervision/groups/{g.Id}/reflections/shared").Expect()).EnumerateArray().ToList();
            shared.ShouldHaveSingleItem().GetProperty("text").GetString().ShouldBe(ToShare);
            shared[0].GetProperty("authorName").GetString().ShouldStartWith("Test0 ");
            shared[0].GetProperty("isMine").GetBoolean().ShouldBeFalse();
            (await member.GetAsync($"/api/peer-supervision/reflections/{sharedId}").Expect()).GetProperty("text").GetString().ShouldBe(ToShare);
            (await member.GetAsync($"/api/peer-supervision/reflections/{privateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            // Seeing a shared note is not owning it.
            (await member.DeleteAsync($"/api/peer-supervision/reflections/{sharedId}/share")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await member.PutAsJsonAsync($"/api/peer-supervision/reflections/{sharedId}", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        // Admins without a place in the group see no shared note either.
        foreach (var admin in new[] { await factory.ClientForAsync("ksadmin"), await factory.ClientForAsync("sysadmin") })
            await ShouldNotReadAsync(admin, g.Id, privateId, sharedId);

        await author.DeleteAsync($"/api/peer-supervision/reflections/{sharedId}/share").Expect();
        (await colleague.GetAsync($"/api/peer-supervision/groups/{g.Id}/reflections/shared").Expect()).GetArrayLength().ShouldBe(0);
        (await colleague.GetAsync($"/api/peer-supervision/reflections/{sharedId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await author.GetAsync($"/api/peer-supervision/reflections/{sharedId}").Expect()).GetProperty("sharedWithGroupAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_member_who_has_not_accepted_the_current_agreement_can_neither_write_nor_share_in_the_group()
    {
        var g = await SupervisionGroupAsync();
        var author = await factory.ClientForAsync(g.Members[0]);
        var note = await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { text = ToShare }).Expect();
        (await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { text = " " }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["text"]);
        (await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { meetingId = Guid.NewGuid(), text = "Noe" })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["meetingId"]);

        await InScopeAsync(async sp =>
        {
            var group = (await sp.GetRequiredService<ISupervisionGroupRepository>().FindAsync(g.Id))!;
            group.ReviseAgreement(Terms, DateTime.UtcNow);
        });

        (await author.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/reflections", new { text = "Etter ny avtale" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await author.PostAsync($"/api/peer-supervision/reflections/{note.GetProperty("id").GetGuid()}/share", null).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.ReflectionShareNeedsAccess);
        // Their own notes stay theirs to read.
        (await author.GetAsync($"/api/peer-supervision/groups/{g.Id}/reflections/mine").Expect()).GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("Brukeren har fødselsnummer 15038512363 og trenger oppfølging.")]
    [InlineData("D-nummer 410385 12410 ble oppgitt.")]
    public async Task A_case_with_a_national_identity_number_is_refused_and_nothing_is_written(string description)
    {
        var g = await SupervisionGroupAsync();
        var member = await factory.ClientForAsync(g.Members[0]);
        var problem = await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases",
            new { meetingId = g.MeetingIds[0], title = "Vanskelig samtale", description, acknowledgeNameWarning = true }).Expect(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.CaseHasNationalIdentityNumber);
        problem.FieldErrors().ShouldBe(["description"]);
        problem.GetRawText().ShouldNotContain("15038512363");
        (await member.GetAsync($"/api/peer-supervision/groups/{g.Id}/cases").Expect()).GetArrayLength().ShouldBe(0);
        (await StoredAsync("PsCases")).ShouldNotContain(t => t.Contains("oppgitt") || t.Contains("oppfølging"));
    }

    [Fact]
    public async Task A_case_that_may_name_a_person_waits_for_the_authors_say_so_and_is_then_seen_by_the_group_only()
    {
        var g = await SupervisionGroupAsync();
        var member = await factory.ClientForAsync(g.Members[0]);
        var input = new
        {
            meetingId = g.MeetingIds[0],
            title = "Sinne i mottaket",
            description = "Jeg møtte Kari Nordmann i mottaket, og hun var sint.",
            acknowledgeNameWarning = false
        };
        var warned = await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases", input).Expect(HttpStatusCode.BadRequest);
        warned.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.CaseMayNameAPerson);
        warned.GetProperty("errors").GetProperty("description")[0].GetString()!.ShouldContain("Kari Nordmann");
        (await member.GetAsync($"/api/peer-supervision/groups/{g.Id}/cases").Expect()).GetArrayLength().ShouldBe(0);

        var brought = await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases", input with { acknowledgeNameWarning = true }).Expect();
        var caseId = brought.GetProperty("id").GetGuid();
        brought.GetProperty("canChange").GetBoolean().ShouldBeTrue();

        var colleague = await factory.ClientForAsync(g.Members[1]);
        var seen = (await colleague.GetAsync($"/api/peer-supervision/groups/{g.Id}/cases").Expect()).EnumerateArray().ShouldHaveSingleItem();
        seen.GetProperty("title").GetString().ShouldBe("Sinne i mottaket");
        seen.GetProperty("canChange").GetBoolean().ShouldBeFalse();
        (await colleague.DeleteAsync($"/api/peer-supervision/groups/{g.Id}/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.PutAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases/{caseId}", new { title = "x", description = "y" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientForAsync("kollegaveileder")).GetAsync($"/api/peer-supervision/groups/{g.Id}/cases").Expect()).GetArrayLength().ShouldBe(1);
        (await (await factory.ClientForAsync("ksadmin")).GetAsync($"/api/peer-supervision/groups/{g.Id}/cases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientForAsync("sysadmin")).GetAsync($"/api/peer-supervision/groups/{g.Id}/cases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await member.PutAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases/{caseId}", new { title = "Sinne i mottaket", description = "En bruker var sint." })
            .Expect()).GetProperty("description").GetString().ShouldBe("En bruker var sint.");
        await member.DeleteAsync($"/api/peer-supervision/groups/{g.Id}/cases/{caseId}").Expect(HttpStatusCode.NoContent);
        (await colleague.GetAsync($"/api/peer-supervision/groups/{g.Id}/cases").Expect()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_case_needs_a_meeting_of_the_group_that_is_still_to_come()
    {
        var g = await SupervisionGroupAsync();
        var member = await factory.ClientForAsync(g.Members[0]);
        (await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases", new { meetingId = Guid.NewGuid(), title = "Tittel", description = "Tekst" })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["meetingId"]);
        (await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases", new { meetingId = g.MeetingIds[1], title = "", description = "" })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["title", "description"], ignoreOrder: true);
        await InScopeAsync(async sp => (await sp.GetRequiredService<ISupervisionMeetingRepository>().FindAsync(g.MeetingIds[1]))!.Cancel());
        (await member.PostAsJsonAsync($"/api/peer-supervision/groups/{g.Id}/cases", new { meetingId = g.MeetingIds[1], title = "Tittel", description = "Tekst" })
            .Expect(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.CaseMeetingClosed);
    }

    private async Task ShouldNotReadAsync(HttpClient other, Guid groupId, Guid privateId, Guid sharedId)
    {
        foreach (var id in new[] { privateId, sharedId })
        {
            (await other.GetAsync($"/api/peer-supervision/reflections/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.PutAsJsonAsync($"/api/peer-supervision/reflections/{id}", new { text = "overskrevet" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.PostAsync($"/api/peer-supervision/reflections/{id}/share", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.DeleteAsync($"/api/peer-supervision/reflections/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        var mine = await other.GetAsync($"/api/peer-supervision/groups/{groupId}/reflections/mine");
        if (mine.StatusCode == HttpStatusCode.OK) (await mine.Json()).GetArrayLength().ShouldBe(0);
        else mine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var shared = await other.GetAsync($"/api/peer-supervision/groups/{groupId}/reflections/shared");
        var body = await shared.Content.ReadAsStringAsync();
        body.ShouldNotContain("brukeren");
        body.ShouldNotContain("mottaket");
    }

    private static readonly AgreementTerms Terms = new("Det som sies i gruppa, blir i gruppa.", "Annenhver tirsdag", "Reflekterende team",
        "Ingen navn eller detaljer som kan kjenne igjen brukeren.", 4, 12);

    private sealed record Group(Guid Id, string[] Members, Guid[] MeetingIds);

    /// <summary>A group of three new colleagues led by the demo peer supervisor; all joined and accepted the agreement; two meetings ahead.</summary>
    private async Task<Group> SupervisionGroupAsync()
    {
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor", count: 3, withUsers: true);
        var id = Guid.CreateVersion7();
        var meetingIds = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NavLederprogramDbContext>();
            var supervisor = await db.People.SingleAsync(p => p.EmployeeNumber == "D0007");
            var now = DateTime.UtcNow;
            var office = await db.Offices.SingleAsync(o => o.Id == supervisor.OfficeId);
            var group = new SupervisionGroup(id, "Veiledningsgruppe Malvik", SupervisionKind.Group, supervisor.Id, null, office.RegionId,
                people.Select(p => new Invitee(p.PersonId, office.Id)).ToList(), Terms, now);
            foreach (var p in people)
            {
                group.Accept(p.PersonId, now);
                group.AcceptAgreement(p.PersonId, 1);
            }
            await sp.GetRequiredService<ISupervisionGroupRepository>().InsertAsync(group);
            var start = now.Date.AddDays(7).AddHours(8);
            await sp.GetRequiredService<ISupervisionMeetingRepository>().InsertManyAsync(meetingIds.Select((m, i) =>
                new SupervisionMeeting(m, id, new MeetingOccurrence(start.AddDays(14 * i), start.AddDays(14 * i).AddHours(2)), "Møterom 2", null, now)));
        });
        return new Group(id, people.Select(p => p.UserName!).ToArray(), meetingIds);
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>A text column straight from the database, as a copy of it would show it.</summary>
    private async Task<List<string>> StoredAsync(string table)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sql = table switch
        {
            "PsCases" => """SELECT "Description" AS "Value" FROM "PsCases" """,
            "PsReflections" => """SELECT "ProtectedText" AS "Value" FROM "PsReflections" """,
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "A table these tests read."),
        };
        return await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
