using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Shouldly;
using Xunit;
using static NavLederprogram.HttpApi.Host.Tests.SupervisionReportTestData;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class SupervisionReportApiTests(NavLederprogramFactory factory)
{
    private const string Report = "/api/peer-supervision/reports";

    private static string Day(int daysAgo) =>
        OsloTime.Today(TimeProvider.System).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonElement Row(JsonElement report, string list, Guid id) =>
        report.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);

    private static JsonElement? FindRow(JsonElement report, string list, Guid id) =>
        report.GetProperty(list).EnumerateArray().Where(r => r.GetProperty("id").GetGuid() == id).Cast<JsonElement?>().FirstOrDefault();

    private static int Count(JsonElement? row, string name, bool nested = true) =>
        row is not { } r ? 0 : (nested ? r.GetProperty("counts") : r).GetProperty(name).GetInt32();

    /// <summary>Three colleagues at NAV Malvik and one at NAV Værnes, and a supervisor of their own.</summary>
    private async Task<(Guid Supervisor, List<(Guid, string)> Members)> PeopleAsync()
    {
        var malvik = await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor", 3);
        var varnes = await TestPeople.CreateAsync(factory, "NAV Værnes", "Advisor", 1);
        var supervisor = (await TestPeople.CreateAsync(factory, "NAV Malvik", "PeerSupervisor")).Single();
        return (supervisor.PersonId,
            [.. malvik.Select(m => (m.PersonId, "NAV Malvik")), .. varnes.Select(m => (m.PersonId, "NAV Værnes"))]);
    }

    [Fact]
    public async Task Groups_meetings_attendance_and_members_per_office_are_counted_and_a_period_narrows_the_meetings()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var trondelag = await RegionIdAsync(factory, "Trøndelag");
        var (malvik, varnes) = (await OfficeIdAsync(factory, "NAV Malvik"), await OfficeIdAsync(factory, "NAV Værnes"));
        var before = await ks.GetAsync($"{Report}?regionId={trondelag}").Expect();

        var (supervisor, members) = await PeopleAsync();
        await AppointAsync(factory, supervisor, "NAV Malvik");
        var group = await CreateGroupAsync(factory, "Refleksjonsgruppa", supervisor, members,
            [new PastMeeting(20, Attending: 4), new PastMeeting(10, Attending: 2), new PastMeeting(5, 0, Cancelled: true)]);

        var after = await ks.GetAsync($"{Report}?regionId={trondelag}").Expect();
        after.GetProperty("scopeName").GetString().ShouldBe("Trøndelag");
        var row = Row(after, "groups", group.GroupId);
        row.GetProperty("name").GetString().ShouldBe("Refleksjonsgruppa");
        row.GetProperty("kind").GetString().ShouldBe("Group");
        row.GetProperty("offices").EnumerateArray().Select(o => o.GetString()).ShouldBe(["NAV Malvik", "NAV Værnes"]);
        row.GetProperty("supervisorName").GetString().ShouldStartWith("Test0 Testesen");
        row.GetProperty("members").GetInt32().ShouldBe(4);
        row.GetProperty("meetingsHeld").GetInt32().ShouldBe(2);
        row.GetProperty("meetingsCancelled").GetInt32().ShouldBe(1);
        // 4 of 4 and 2 of 4 members came: 6 of 8.
        row.GetProperty("attendanceRate").GetDecimal().ShouldBe(0.75m);

        // The region and the offices grew by exactly this group; the planned meeting ahead counts nowhere.
        var (regionBefore, regionAfter) = (FindRow(before, "byRegion", trondelag), FindRow(after, "byRegion", trondelag));
        Count(regionAfter, "groups").ShouldBe(Count(regionBefore, "groups") + 1);
        Count(regionAfter, "supervisors").ShouldBe(Count(regionBefore, "supervisors") + 1);
        Count(regionAfter, "members").ShouldBe(Count(regionBefore, "members") + 4);
        Count(regionAfter, "meetingsHeld").ShouldBe(Count(regionBefore, "meetingsHeld") + 2);
        Count(regionAfter, "meetingsCancelled").ShouldBe(Count(regionBefore, "meetingsCancelled") + 1);
        Count(regionAfter, "attended").ShouldBe(Count(regionBefore, "attended") + 6);
        Count(regionAfter, "expected").ShouldBe(Count(regionBefore, "expected") + 8);
        int AtOffice(JsonElement report, Guid office) => Count(FindRow(report, "byOffice", office), "members", false);
        AtOffice(after, malvik).ShouldBe(AtOffice(before, malvik) + 3);
        AtOffice(after, varnes).ShouldBe(AtOffice(before, varnes) + 1);
        after.GetProperty("total").GetProperty("groups").GetInt32().ShouldBe(after.GetProperty("groups").GetArrayLength());

        // Only the first meeting falls in the period, days in Oslo with both ends included.
        var period = await ks.GetAsync($"{Report}?regionId={trondelag}&from={Day(20)}&to={Day(11)}").Expect();
        var narrowed = Row(period, "groups", group.GroupId);
        narrowed.GetProperty("meetingsHeld").GetInt32().ShouldBe(1);
        narrowed.GetProperty("meetingsCancelled").GetInt32().ShouldBe(0);
        narrowed.GetProperty("attendanceRate").GetDecimal().ShouldBe(1m);

        // Narrowed to NAV Værnes: the group (one of its members works there), and Værnes alone among the offices.
        var office = await ks.GetAsync($"{Report}?officeId={varnes}").Expect();
        office.GetProperty("scopeName").GetString().ShouldBe("NAV Værnes");
        Row(office, "groups", group.GroupId).GetProperty("members").GetInt32().ShouldBe(4);
        office.GetProperty("byOffice").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ShouldBe(["NAV Værnes"]);
    }

    [Fact]
    public async Task A_coordinator_sees_the_groups_of_their_own_area_only_and_a_place_outside_it_does_not_exist_for_them()
    {
        var (supervisor, members) = await PeopleAsync();
        var trondelagGroup = await CreateGroupAsync(factory, "Gruppe i Trøndelag", supervisor, members, [new PastMeeting(3, 4)]);
        var atMalvik = members.Where(m => m.Item2 == "NAV Malvik").ToList();
        var malvikOnly = await CreateGroupAsync(factory, "Gruppe på Malvik", supervisor, atMalvik, [new PastMeeting(4, 3)]);
        var bodo = await TestPeople.CreateAsync(factory, "NAV Bodø", "Advisor", 3);
        var bodoSupervisor = (await TestPeople.CreateAsync(factory, "NAV Bodø", "PeerSupervisor")).Single();
        var nordlandGroup = await CreateGroupAsync(factory, "Gruppe i Nordland", bodoSupervisor.PersonId,
            bodo.Select(b => (b.PersonId, "NAV Bodø")).ToList(), [new PastMeeting(3, 3)]);
        var nordland = await RegionIdAsync(factory, "Nordland");

        var region = await factory.ClientForAsync("regionkoordinator");
        var report = await region.GetAsync(Report).Expect();
        report.GetProperty("scopeName").GetString().ShouldBe("Trøndelag");
        report.GetProperty("byRegion").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Trøndelag"]);
        report.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Trøndelag"]);
        FindRow(report, "groups", trondelagGroup.GroupId).ShouldNotBeNull();
        FindRow(report, "groups", nordlandGroup.GroupId).ShouldBeNull();
        (await region.GetAsync($"{Report}?regionId={nordland}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var bodoOffice = await OfficeIdAsync(factory, "NAV Bodø");
        (await region.GetAsync($"{Report}?officeId={bodoOffice}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await region.GetAsync($"{Report}/export?format=Csv&regionId={nordland}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Stjørdal's coordinator covers NAV Værnes: the group one of whose members works there, not the one at Malvik alone.
        var municipal = await factory.ClientForAsync("kommunekoordinator");
        var own = await municipal.GetAsync(Report).Expect();
        FindRow(own, "groups", trondelagGroup.GroupId).ShouldNotBeNull();
        FindRow(own, "groups", malvikOnly.GroupId).ShouldBeNull();
        own.GetProperty("byOffice").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ShouldBe(["NAV Værnes"]);

        var national = await (await factory.ClientForAsync("diradmin")).GetAsync(Report).Expect();
        national.GetProperty("scopeName").GetString().ShouldBe("Hele landet");
        FindRow(national, "groups", nordlandGroup.GroupId).ShouldNotBeNull();
        national.GetProperty("byRegion").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("Nordland");

        (await (await factory.ClientForAsync("leder")).GetAsync(Report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.ClientForAsync("kollegaveileder")).GetAsync(Report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_report_or_export_holds_what_was_agreed_or_written_in_a_group_and_names_run_no_formula()
    {
        var (supervisor, members) = await PeopleAsync();
        var group = await CreateGroupAsync(factory, "=HYPERLINK(\"http://x\",\"y\")", supervisor, members, [new PastMeeting(2, 3)]);
        var marker = "HEMMELIG" + Guid.NewGuid().ToString("N")[..8];
        await WriteAsync(factory, group, $"Sak {marker}", $"Beskrivelse {marker}", $"Refleksjon {marker}");
        var ks = await factory.ClientForAsync("ksadmin");

        var json = await (await ks.GetAsync(Report)).Content.ReadAsStringAsync();
        json.ShouldContain(group.GroupId.ToString());
        json.ShouldNotContain(marker);
        json.ShouldNotContain(Agreement);

        var csv = await ks.GetAsync($"{Report}/export?format=Csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (csv.Content.Headers.ContentDisposition!.FileNameStar ?? "").ShouldMatch(@"^kollegaveiledning-rapport-\d{4}-\d{2}-\d{2}\.csv$");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        text.ShouldNotContain(marker);
        text.ShouldNotContain(Agreement);
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        rows[0].ShouldContain("Gjennomførte møter");
        rows.SelectMany(r => r).ShouldNotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
        rows.ShouldContain(r => r[1] == "'=HYPERLINK(\"http://x\",\"y\")" && r[7] == "4" && r[8] == "1");

        var xlsx = await ks.GetAsync($"{Report}/export?format=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheets = string.Concat(zip.Entries
            .Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Regex.IsMatch(sheets, @"<(\w+:)?f[ >]").ShouldBeFalse();
        sheets.ShouldContain("HYPERLINK");
        sheets.ShouldContain("Trøndelag");
        sheets.ShouldNotContain(marker);
        sheets.ShouldNotContain("Taushetsplikt");
    }

    [Fact]
    public async Task The_report_reads_the_same_number_of_statements_however_many_groups_there_are()
    {
        var ks = await factory.ClientForAsync("ksadmin");
        var (supervisor, members) = await PeopleAsync();
        await CreateGroupAsync(factory, "Første gruppe", supervisor, members, [new PastMeeting(6, 4)]);
        var few = await WarmCostAsync(ks, Report);

        foreach (var name in new[] { "Andre gruppe", "Tredje gruppe", "Fjerde gruppe" })
        {
            var (other, people) = await PeopleAsync();
            await CreateGroupAsync(factory, name, other, people,
                [new PastMeeting(8, 3), new PastMeeting(6, 4), new PastMeeting(2, 0, Cancelled: true)]);
        }
        var more = await WarmCostAsync(ks, Report);

        more.ShouldBe(few);
        // The groups, their meetings with attendance, their members per office, the supervisors per region, the supervisors'
        // names, the offices (scope and region names are cached).
        more.ShouldBeLessThanOrEqualTo(6);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_or_an_unknown_format_is_refused()
    {
        var ks = await factory.ClientForAsync("ksadmin", "en");
        var problem = await ks.GetAsync($"{Report}?from={Day(1)}&to={Day(10)}").Expect(HttpStatusCode.BadRequest);
        problem.FieldErrors().ShouldBe(["to"]);
        (await ks.GetAsync($"{Report}/export?format=Csv&from={Day(1)}&to={Day(10)}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
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
