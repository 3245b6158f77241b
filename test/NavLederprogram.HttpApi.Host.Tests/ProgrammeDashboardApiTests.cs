using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;
using static NavLederprogram.HttpApi.Host.Tests.SupervisionReportTestData;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class ProgrammeDashboardApiTests(NavLederprogramFactory factory)
{
    private const string Report = "/api/reports/programme";

    private sealed record KnownCohort(Guid Id, string Name);

    /// <summary>
    /// A cohort of a two-module programme version with a known set of participants: at NAV Malvik (state) one halfway,
    /// one completed and one who withdrew; at NAV Værnes (municipal) one who has not started and one on the waitlist;
    /// and one at NAV Bodø (Nordland, state) halfway.
    /// </summary>
    private async Task<KnownCohort> KnownCohortAsync(string name)
    {
        var malvik = await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor", 3);
        var varnes = await TestPeople.CreateAsync(factory, "NAV Værnes", "Advisor", 2, employer: Employer.Municipality);
        var bodo = await TestPeople.CreateAsync(factory, "NAV Bodø", "Advisor");

        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var version = await VersionAsync(services);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohort = new Cohort(Guid.CreateVersion7(), version, name, null, 20, false,
            new CohortDates(today.AddDays(-1), today.AddDays(5), today.AddDays(10), today.AddDays(100)), []);
        cohort.OpenEnrolment();
        await services.GetRequiredService<ICohortRepository>().InsertAsync(cohort);

        var repository = services.GetRequiredService<IEnrolmentRepository>();
        var now = DateTime.UtcNow;
        var number = 0L;
        async Task<Enrolment> Enrol(Guid personId, bool seat = true)
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, personId, EnrolmentSource.Application, null, now);
            enrolment.Place(seat, ++number, null, now);
            await repository.InsertAsync(enrolment);
            return enrolment;
        }
        var halfway = await Enrol(malvik[0].PersonId);
        halfway.Modules.Add(new ModuleProgress { ModuleId = version.Modules[0].Id, CompletedOn = today });
        (await Enrol(malvik[1].PersonId)).EvaluateCompletion(version, cohort, today).ShouldBeTrue();
        var leaving = await Enrol(malvik[2].PersonId);
        leaving.Withdraw("Sluttet", new Actor(Guid.NewGuid(), "KS-admin"), now);
        await Enrol(varnes[0].PersonId);
        await Enrol(varnes[1].PersonId, seat: false);
        var north = await Enrol(bodo[0].PersonId);
        north.Modules.Add(new ModuleProgress { ModuleId = version.Modules[1].Id, CompletedOn = today });
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new KnownCohort(cohort.Id, name);
    }

    private static async Task<ProgrammeVersion> VersionAsync(IServiceProvider services)
    {
        var repository = services.GetRequiredService<IProgrammeRepository>();
        var programme = await repository.GetProgrammeAsync();
        if (programme is null)
        {
            programme = new Programme(Guid.CreateVersion7(), "Lederprogrammet", "Det felles lederprogrammet til KS og NAV.");
            await repository.InsertProgrammeAsync(programme);
        }
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var ks = new Actor((await users.FindByNameAsync("ksadmin"))!.Id, "KS-admin");
        var directorate = new Actor((await users.FindByNameAsync("diradmin"))!.Id, "Direktoratsadmin");
        var now = DateTime.UtcNow;
        var version = new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, Random.Shared.Next(1000, 1_000_000), "Lederprogrammet",
            "Testversjon", ks, now);
        foreach (var title in new[] { "Modul 1", "Modul 2" })
            version.AddModule(new ModuleContent(title, "Beskrivelse", ["Læringsmål"], null, [], [], [], []), ks, now);
        version.Approve(ApprovalParty.Ks, ks, now);
        version.Approve(ApprovalParty.Directorate, directorate, now);
        await repository.InsertVersionAsync(version);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return version;
    }

    private static JsonElement Row(JsonElement report, string list, string id) =>
        report.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    private static (int Enrolled, int Waitlisted, int InProgress, int Completed, int DroppedOut, decimal Progress, decimal Rate) Counts(
        JsonElement counts) =>
        (counts.GetProperty("enrolled").GetInt32(), counts.GetProperty("waitlisted").GetInt32(), counts.GetProperty("inProgress").GetInt32(),
            counts.GetProperty("completed").GetInt32(), counts.GetProperty("droppedOut").GetInt32(),
            counts.GetProperty("averageProgress").GetDecimal(), counts.GetProperty("completionRate").GetDecimal());

    [Fact]
    public async Task A_cohort_is_counted_per_cohort_region_and_employer_with_state_and_municipal_side_by_side()
    {
        var cohort = await KnownCohortAsync("Kull Dashbord " + Guid.NewGuid().ToString("N")[..6]);
        var (trondelag, nordland) = (await RegionIdAsync(factory, "Trøndelag"), await RegionIdAsync(factory, "Nordland"));
        var ks = await factory.ClientForAsync("ksadmin");

        var report = await ks.GetAsync($"{Report}?cohortId={cohort.Id}").Expect();
        // Enrolled: the two halfway, the one who completed and the one not started; 1 + 2 + 1 + 0 of 4 × 2 modules.
        Counts(report.GetProperty("total")).ShouldBe((4, 1, 3, 1, 1, 0.5m, 0.25m));
        var row = Row(report, "byCohort", cohort.Id.ToString());
        row.GetProperty("name").GetString().ShouldBe(cohort.Name);
        Counts(row.GetProperty("counts")).ShouldBe((4, 1, 3, 1, 1, 0.5m, 0.25m));
        // Trøndelag: 1 + 2 + 0 of 3 × 2; Nordland: 1 of 2.
        Counts(Row(report, "byRegion", trondelag.ToString()).GetProperty("counts")).ShouldBe((3, 1, 2, 1, 1, 0.5m, 0.3333m));
        Counts(Row(report, "byRegion", nordland.ToString()).GetProperty("counts")).ShouldBe((1, 0, 1, 0, 0, 0.5m, 0m));
        Counts(Row(report, "byEmployer", "State").GetProperty("counts")).ShouldBe((3, 0, 2, 1, 1, 0.6667m, 0.3333m));
        Counts(Row(report, "byEmployer", "Municipality").GetProperty("counts")).ShouldBe((1, 1, 1, 0, 0, 0m, 0m));
        Row(report, "byEmployer", "Municipality").GetProperty("name").GetString().ShouldBe("Kommunal");
        var partnership = report.GetProperty("partnership").EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == trondelag);
        Counts(partnership.GetProperty("state")).ShouldBe((2, 0, 1, 1, 1, 0.75m, 0.5m));
        Counts(partnership.GetProperty("municipal")).ShouldBe((1, 1, 1, 0, 0, 0m, 0m));
        report.GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(cohort.Id);

        // Narrowed to municipal leaders: the two at NAV Værnes only.
        var municipal = await ks.GetAsync($"{Report}?cohortId={cohort.Id}&employer=Municipality").Expect();
        Counts(municipal.GetProperty("total")).ShouldBe((1, 1, 1, 0, 0, 0m, 0m));
        municipal.GetProperty("byEmployer").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_regional_coordinator_sees_their_own_region_only_and_a_region_outside_it_does_not_exist_for_them()
    {
        var cohort = await KnownCohortAsync("Kull Omfang " + Guid.NewGuid().ToString("N")[..6]);
        var nordland = await RegionIdAsync(factory, "Nordland");

        var region = await factory.ClientForAsync("regionkoordinator");
        var report = await region.GetAsync($"{Report}?cohortId={cohort.Id}").Expect();
        report.GetProperty("scopeName").GetString().ShouldBe("Trøndelag");
        Counts(report.GetProperty("total")).ShouldBe((3, 1, 2, 1, 1, 0.5m, 0.3333m));
        report.GetProperty("byRegion").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Trøndelag"]);
        report.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Trøndelag"]);
        (await region.GetAsync($"{Report}?regionId={nordland}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await region.GetAsync($"{Report}/export?format=Csv&regionId={nordland}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Stjørdal's coordinator covers NAV Værnes: the municipal leaders there, no one at Malvik.
        var municipal = await (await factory.ClientForAsync("kommunekoordinator")).GetAsync($"{Report}?cohortId={cohort.Id}").Expect();
        Counts(municipal.GetProperty("total")).ShouldBe((1, 1, 1, 0, 0, 0m, 0m));

        var national = await (await factory.ClientForAsync("diradmin")).GetAsync($"{Report}?cohortId={cohort.Id}").Expect();
        national.GetProperty("scopeName").GetString().ShouldBe("Hele landet");
        national.GetProperty("total").GetProperty("enrolled").GetInt32().ShouldBe(4);

        (await (await factory.ClientForAsync("leder")).GetAsync(Report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.ClientForAsync("fasilitator")).GetAsync(Report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_dashboard_reads_the_same_number_of_statements_however_many_cohorts_and_people_there_are()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        await KnownCohortAsync("Kull Kostnad 1 " + Guid.NewGuid().ToString("N")[..6]);
        var few = await WarmCostAsync(ks, Report);

        for (var i = 2; i <= 4; i++) await KnownCohortAsync($"Kull Kostnad {i} " + Guid.NewGuid().ToString("N")[..6]);
        var more = await WarmCostAsync(ks, Report);

        more.ShouldBe(few);
        // Cohorts, their versions' modules, enrolments grouped; course counts and titles; the four supervision counts; the
        // evaluations with their answer counts and who may answer (one statement per kind of target); the offices (scope and
        // region names are cached).
        more.ShouldBeLessThanOrEqualTo(20);
    }

    [Fact]
    public async Task Every_table_exports_as_csv_and_excel_and_a_name_runs_no_formula()
    {
        var cohort = await KnownCohortAsync("=HYPERLINK(\"http://x\",\"y\")" + Guid.NewGuid().ToString("N")[..4]);
        var ks = await factory.ClientForAsync("ksadmin");

        var csv = await ks.GetAsync($"{Report}/export?format=Csv&cohortId={cohort.Id}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (csv.Content.Headers.ContentDisposition!.FileNameStar ?? "").ShouldMatch(@"^programdashbord-\d{4}-\d{2}-\d{2}\.csv$");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        rows[0].ShouldContain("Påmeldt");
        rows.SelectMany(r => r).ShouldNotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
        // The cohort's row: its name made harmless, 4 enrolled, 50 % progress.
        var cohortRow = rows.Single(r => r[0] == "Per kull");
        cohortRow[1].ShouldStartWith("'=HYPERLINK");
        cohortRow[3].ShouldBe("4");
        cohortRow[8].ShouldBe("50.0");
        // Every table with rows is in the one-sheet CSV (the test data has no evaluation in it: its table is empty).
        rows.Skip(1).Select(r => r[0]).Distinct().ShouldBe(
            ["Nøkkeltall", "Per kull", "Per region", "Per arbeidsgiver", "Stat og kommune", "E-læring per kurs", "Kollegaveiledning"],
            ignoreOrder: true);

        var xlsx = await ks.GetAsync($"{Report}/export?format=Xlsx&cohortId={cohort.Id}");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ShouldBe(8);
        var sheets = string.Concat(zip.Entries
            .Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Regex.IsMatch(sheets, @"<(\w+:)?f[ >]").ShouldBeFalse();
        sheets.ShouldContain("HYPERLINK");
        sheets.ShouldContain("Trøndelag");
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_an_unknown_employer_or_cohort_or_format_is_refused()
    {
        var ks = await factory.ClientForAsync("ksadmin", "en");
        var problem = await ks.GetAsync($"{Report}?from=2026-03-01&to=2026-02-01").Expect(HttpStatusCode.BadRequest);
        problem.FieldErrors().ShouldBe(["to"]);
        (await ks.GetAsync($"{Report}?employer=Pirate")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ks.GetAsync($"{Report}?cohortId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ks.GetAsync($"{Report}/export?format=7")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ks.GetAsync($"{Report}?from=0001-01-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<int> WarmCostAsync(HttpClient client, string path)
    {
        await factory.SettleCachesAsync();
        (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return int.Parse(response.Headers.GetValues("X-Db-Statements").Single(), CultureInfo.InvariantCulture);
    }
}
