using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The register of peer supervisors and the settings the directorate sets for supervision.</summary>
[Collection(HostCollection.Name)]
public class PeerSupervisorApiTests(NavLederprogramFactory factory)
{
    private const string Supervisors = "/api/peer-supervision/supervisors";

    private async Task<(Guid RegionId, Guid Malvik, Guid Varnes, Guid OsloOffice)> PlacesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var malvik = await db.Offices.SingleAsync(o => o.Name == "NAV Malvik");
        var varnes = await db.Offices.SingleAsync(o => o.Name == "NAV Værnes");
        var frogner = await db.Offices.SingleAsync(o => o.Name == "NAV Frogner");
        return (malvik.RegionId, malvik.Id, varnes.Id, frogner.Id);
    }

    /// <summary>Gives the person approved evidence of the supervision competence at the level.</summary>
    private async Task GrantSupervisionCompetenceAsync(Guid personId, int level)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var areaId = (await sp.GetRequiredService<ICompetenceQueries>().GetAreasAsync()).Values.Single(a => a.Code == "VEILEDNINGSKOMP").Id;
        await sp.GetRequiredService<ICompetenceEvidenceRepository>().InsertAsync(CompetenceEvidence.Record(Guid.CreateVersion7(), personId, areaId, level,
            EvidenceSource.ManagerAssessment, null,
            "Videreutdanning i veiledning", DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-6)), null), null);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    private static object Appointment(Guid personId, Guid regionId, int capacity, params Guid[] officeIds) =>
        new { personId, regionId, capacity, officeIds };

    [Fact]
    public async Task A_coordinator_appoints_only_a_person_who_holds_the_supervision_competence_and_the_refusal_names_it()
    {
        var (region, malvik, varnes, _) = await PlacesAsync();
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor", 3);
        var (qualified, lacking, tooLow) = (people[0].PersonId, people[1].PersonId, people[2].PersonId);
        await GrantSupervisionCompetenceAsync(qualified, 3);
        await GrantSupervisionCompetenceAsync(tooLow, 2);
        var coordinator = await factory.ClientForAsync("regionkoordinator");

        foreach (var person in new[] { lacking, tooLow })
        {
            var refused = await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, 2, malvik)).Expect(HttpStatusCode.BadRequest);
            refused.GetProperty("detail").GetString().ShouldBe(
                "Personen har ikke Veiledningskompetanse på nivå 3 eller høyere, som en kollegaveileder må ha.");
            refused.FieldErrors().ShouldContain("personId");
        }
        (await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}?isActive=true&maxResultCount=1000")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("personId").GetGuid() == lacking || s.GetProperty("personId").GetGuid() == tooLow);

        var appointed = await coordinator.PostAsJsonAsync(Supervisors, Appointment(qualified, region, 2, malvik, varnes)).Expect(HttpStatusCode.Created);
        appointed.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        appointed.GetProperty("capacity").GetInt32().ShouldBe(2);
        appointed.GetProperty("activeGroups").GetInt32().ShouldBe(0);
        appointed.GetProperty("regionName").GetString().ShouldBe("Trøndelag");
        appointed.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ShouldBe(["NAV Malvik", "NAV Værnes"]);
        var id = appointed.GetProperty("id").GetGuid();

        var list = await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}?regionId={region}&isActive=true&filter={people[0].LastName}");
        list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([id]);

        // One appointment at a time.
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(qualified, region, 1, malvik))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var candidates = await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}/candidates?regionId={region}&filter={people[0].LastName}");
        var byId = candidates.EnumerateArray().ToDictionary(c => c.GetProperty("personId").GetGuid());
        byId[qualified].GetProperty("holdsCompetence").GetBoolean().ShouldBeTrue();
        byId[qualified].GetProperty("isSupervisor").GetBoolean().ShouldBeTrue();
        byId[lacking].GetProperty("holdsCompetence").GetBoolean().ShouldBeFalse();
        byId[tooLow].GetProperty("holdsCompetence").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Capacity_and_offices_are_checked_changed_and_the_appointment_ends()
    {
        var (region, malvik, varnes, oslo) = await PlacesAsync();
        var person = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor"))[0].PersonId;
        await GrantSupervisionCompetenceAsync(person, 4);
        var coordinator = await factory.ClientForAsync("regionkoordinator");

        foreach (var capacity in new[] { 0, 21 })
            (await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, capacity, malvik)).Expect(HttpStatusCode.BadRequest))
                .FieldErrors().ShouldBe(["capacity"]);
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, 2)).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["officeIds"]);
        // An office of another region is not one the supervisor can serve here.
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, 2, malvik, oslo)).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["officeIds"]);

        var id = (await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, 1, malvik)).Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var changed = await coordinator.PutAsJsonAsync($"{Supervisors}/{id}", new { capacity = 3, officeIds = new[] { varnes } }).Expect();
        changed.GetProperty("capacity").GetInt32().ShouldBe(3);
        changed.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldBe([varnes]);
        (await coordinator.PutAsJsonAsync($"{Supervisors}/{id}", new { capacity = 25, officeIds = new[] { varnes } }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["capacity"]);

        var ended = await coordinator.PostAsync($"{Supervisors}/{id}/end", null).Expect();
        ended.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        ended.GetProperty("endedOn").GetString().ShouldBe(OsloTime.Today(TimeProvider.System).ToString("yyyy-MM-dd"));
        (await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}?isActive=true&maxResultCount=1000")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("id").GetGuid() == id);
        (await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}?isActive=false&maxResultCount=1000")).GetProperty("items").EnumerateArray()
            .ShouldContain(s => s.GetProperty("id").GetGuid() == id);
        // Once ended, the person may be appointed again.
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(person, region, 1, malvik))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Appointments_outside_the_coordinators_scope_do_not_exist_for_them()
    {
        var (trondelag, malvik, _, oslo) = await PlacesAsync();
        var inOslo = (await TestPeople.CreateAsync(factory, "NAV Frogner", "Advisor"))[0].PersonId;
        var inTrondelag = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor"))[0].PersonId;
        await GrantSupervisionCompetenceAsync(inOslo, 3);
        await GrantSupervisionCompetenceAsync(inTrondelag, 3);
        Guid osloRegion;
        await using (var scope = factory.Services.CreateAsyncScope())
            osloRegion = (await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Offices.SingleAsync(o => o.Id == oslo)).RegionId;

        var admin = await factory.ClientForAsync("ksadmin");
        var osloId = (await admin.PostAsJsonAsync(Supervisors, Appointment(inOslo, osloRegion, 2, oslo)).Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var coordinator = await factory.ClientForAsync("regionkoordinator");

        (await coordinator.GetAsync($"{Supervisors}/{osloId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.PutAsJsonAsync($"{Supervisors}/{osloId}", new { capacity = 3, officeIds = new[] { oslo } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.PostAsync($"{Supervisors}/{osloId}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}?maxResultCount=1000")).GetProperty("items").EnumerateArray()
            .ShouldAllBe(s => s.GetProperty("regionId").GetGuid() == trondelag);
        // Neither a person nor a region outside the scope can be named in an appointment.
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(inOslo, osloRegion, 2, oslo))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.PostAsJsonAsync(Supervisors, Appointment(inTrondelag, osloRegion, 2, oslo)).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["officeIds"]);
        (await coordinator.GetFromJsonAsync<JsonElement>($"{Supervisors}/options")).GetProperty("regions").EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldBe([trondelag]);

        // A municipal coordinator sees only appointments whose offices are all in their municipality.
        var municipal = await factory.ClientForAsync("kommunekoordinator");
        var trondelagId = (await coordinator.PostAsJsonAsync(Supervisors, Appointment(inTrondelag, trondelag, 2, malvik)).Expect(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        (await municipal.GetAsync($"{Supervisors}/{trondelagId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A leader may not use the register at all.
        (await (await factory.ClientForAsync("leder")).GetAsync(Supervisors)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_directorate_sets_the_supervisors_competence_and_what_participation_grants_and_bad_settings_are_refused()
    {
        var directorate = await factory.ClientForAsync("diradmin");
        var before = await directorate.GetFromJsonAsync<JsonElement>("/api/peer-supervision/settings");
        var areas = (await directorate.GetFromJsonAsync<JsonElement>("/api/competence/areas?maxResultCount=100")).GetProperty("items").EnumerateArray()
            .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("id").GetGuid());
        var supervision = areas["VEILEDNINGSKOMP"];
        before.GetProperty("supervisorAreaId").GetGuid().ShouldBe(supervision);
        try
        {
            var saved = await directorate.PutAsJsonAsync("/api/peer-supervision/settings", new
            {
                supervisorAreaId = supervision,
                supervisorMinimumLevel = 4,
                participationGrants = new[] { new { competenceAreaId = supervision, level = 2, validMonths = (int?)24 } },
                meetingsForEvidence = 6,
                evidencePeriodMonths = 9,
            }).Expect();
            saved.GetProperty("supervisorMinimumLevel").GetInt32().ShouldBe(4);
            saved.GetProperty("meetingsForEvidence").GetInt32().ShouldBe(6);
            saved.GetProperty("evidencePeriodMonths").GetInt32().ShouldBe(9);
            var grant = saved.GetProperty("participationGrants").EnumerateArray().Single();
            (grant.GetProperty("level").GetInt32(), grant.GetProperty("validMonths").GetInt32()).ShouldBe((2, 24));
            grant.GetProperty("competenceAreaName").GetString().ShouldBe("Veiledningskompetanse");
            (await directorate.GetFromJsonAsync<JsonElement>("/api/peer-supervision/settings")).GetProperty("supervisorMinimumLevel").GetInt32().ShouldBe(4);

            // The refusal names the level now required.
            var (region, malvik, _, _) = await PlacesAsync();
            var person = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor"))[0].PersonId;
            await GrantSupervisionCompetenceAsync(person, 3);
            (await (await factory.ClientForAsync("regionkoordinator")).PostAsJsonAsync(Supervisors, Appointment(person, region, 1, malvik))
                .Expect(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("nivå 4");

            var bad = await directorate.PutAsJsonAsync("/api/peer-supervision/settings", new
            {
                supervisorAreaId = Guid.NewGuid(),
                supervisorMinimumLevel = 3,
                participationGrants = new object[]
                {
                    new { competenceAreaId = supervision, level = 99, validMonths = (int?)null },
                    new { competenceAreaId = (Guid?)null, level = 1, validMonths = (int?)0 },
                },
                meetingsForEvidence = 0,
                evidencePeriodMonths = 1000,
            }).Expect(HttpStatusCode.BadRequest);
            bad.FieldErrors().Order().ShouldBe(new[]
            {
                "evidencePeriodMonths", "meetingsForEvidence", "participationGrants[0].level", "participationGrants[1].competenceAreaId",
                "participationGrants[1].validMonths", "supervisorAreaId",
            }.Order());
            (await directorate.GetFromJsonAsync<JsonElement>("/api/peer-supervision/settings")).GetProperty("meetingsForEvidence").GetInt32().ShouldBe(6);

            // Only the directorate, KS and system admins set them.
            (await (await factory.ClientForAsync("regionkoordinator")).GetAsync("/api/peer-supervision/settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        finally
        {
            await directorate.PutAsJsonAsync("/api/peer-supervision/settings", new
            {
                supervisorAreaId = before.GetProperty("supervisorAreaId").GetGuid(),
                supervisorMinimumLevel = before.GetProperty("supervisorMinimumLevel").GetInt32(),
                participationGrants = before.GetProperty("participationGrants").EnumerateArray().Select(g => new
                {
                    competenceAreaId = g.GetProperty("competenceAreaId").GetGuid(),
                    level = g.GetProperty("level").GetInt32(),
                    validMonths = g.GetProperty("validMonths").ValueKind == JsonValueKind.Null ? (int?)null : g.GetProperty("validMonths").GetInt32(),
                }).ToArray(),
                meetingsForEvidence = before.GetProperty("meetingsForEvidence").GetInt32(),
                evidencePeriodMonths = before.GetProperty("evidencePeriodMonths").GetInt32(),
            }).Expect();
        }
    }
}
