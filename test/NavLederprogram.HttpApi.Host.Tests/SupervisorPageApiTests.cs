using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Notifications;
using NavLederprogram.PeerSupervision;
using Shouldly;
using Xunit;
using Calendar = Ical.Net.Calendar;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The supervisor's own page, the hours log and its export, meetings in the calendar, and the reminder the day before.</summary>
[Collection(HostCollection.Name)]
public class SupervisorPageApiTests(NavLederprogramFactory factory)
{
    private static DateTime Oslo(int year, int month, int day, int hour, int minute = 0) =>
        OsloTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private async Task<Calendar> FeedOfAsync(string userName)
    {
        var client = await factory.ClientForAsync(userName);
        var url = (await client.GetAsync("/api/calendar/my-feed").Expect()).GetProperty("url").GetString()!;
        var response = await factory.CreateClient().GetAsync(PathOf(url));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static string Uid(Guid meetingId) => $"supervision-meeting-{meetingId}@navlederprogram";

    [Fact]
    public async Task The_supervisor_sees_what_they_lead_the_meetings_ahead_and_the_attendance_still_to_register()
    {
        var group = await SupervisionTestData.GroupAsync(factory);
        var now = DateTime.UtcNow;
        var past = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddDays(-3));
        var held = await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddDays(-17), 90, group.Members[0].PersonId);
        var next = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddDays(11), videoLink: "https://video.example.org/veiledning");
        var cancelled = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddDays(4), change: m => m.Cancel());

        var supervisor = await factory.ClientForAsync(group.Supervisor.UserName!);
        var overview = await supervisor.GetAsync("/api/peer-supervision/my-supervision/overview").Expect();
        overview.GetProperty("isAppointed").GetBoolean().ShouldBeFalse();
        var led = overview.GetProperty("groups").EnumerateArray().Single();
        led.GetProperty("id").GetGuid().ShouldBe(group.Id);
        led.GetProperty("members").GetInt32().ShouldBe(3);
        led.GetProperty("nextMeetingAt").GetDateTime().ShouldBe(now.AddDays(11), TimeSpan.FromSeconds(1));
        overview.GetProperty("nextMeetings").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([next]);
        overview.GetProperty("attendanceDue").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([past]);
        overview.GetProperty("nextMeetings").EnumerateArray().ShouldNotContain(m => m.GetProperty("id").GetGuid() == cancelled || m.GetProperty("id").GetGuid() == held);

        // A member has no supervisor section: nothing they lead.
        var member = await (await factory.ClientForAsync(group.Members[0].UserName!)).GetAsync("/api/peer-supervision/my-supervision/overview").Expect();
        member.GetProperty("groups").GetArrayLength().ShouldBe(0);
        member.GetProperty("isAppointed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_hours_log_counts_held_meetings_in_the_period_and_its_exports_hold_no_formula()
    {
        var group = await SupervisionTestData.GroupAsync(factory, "=HYPERLINK(\"http://x\",\"y\")");
        var now = DateTime.UtcNow;
        var first = await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddDays(-40), 120, group.Members[0].PersonId, group.Members[1].PersonId);
        var second = await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddDays(-10), 90, group.Members[2].PersonId);
        await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddYears(-2), 60, group.Members[2].PersonId);
        await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddDays(-5));
        var supervisor = await factory.ClientForAsync(group.Supervisor.UserName!);

        var hours = await supervisor.GetAsync("/api/peer-supervision/my-supervision/hours").Expect();
        hours.GetProperty("meetings").GetInt32().ShouldBe(2);
        hours.GetProperty("totalMinutes").GetInt32().ShouldBe(210);
        var rows = hours.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("meetingId").GetGuid()).ShouldBe([first, second]);
        rows.Select(r => r.GetProperty("membersPresent").GetInt32()).ShouldBe([2, 1]);
        rows.Select(r => r.GetProperty("durationMinutes").GetInt32()).ShouldBe([120, 90]);
        var today = OsloTime.Today(TimeProvider.System);
        var narrow = await supervisor.GetAsync($"/api/peer-supervision/my-supervision/hours?from={today.AddDays(-20):yyyy-MM-dd}&to={today:yyyy-MM-dd}").Expect();
        narrow.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("meetingId").GetGuid()).ShouldBe([second]);
        (await supervisor.GetAsync($"/api/peer-supervision/my-supervision/hours?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["to"]);
        // Nobody else's log: a member of the group has none.
        (await (await factory.ClientForAsync(group.Members[0].UserName!)).GetAsync("/api/peer-supervision/my-supervision/hours").Expect())
            .GetProperty("meetings").GetInt32().ShouldBe(0);

        var csv = await supervisor.GetAsync("/api/peer-supervision/my-supervision/hours/export?format=Csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var records = new List<string[]>();
        while (await reader.ReadAsync()) records.Add(reader.Parser.Record!);
        records[0].ShouldBe(["Dato", "Klokkeslett", "Gruppe", "Form", "Rolle", "Minutter", "Timer", "Til stede"]);
        records.Count.ShouldBe(3);
        records[1][2].ShouldBe("'" + group.Name);
        records.SelectMany(r => r).ShouldNotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
        (records[1][5], records[2][5], records[1][7]).ShouldBe(("120", "90", "2"));

        var xlsx = await supervisor.GetAsync("/api/peer-supervision/my-supervision/hours/export?format=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        sheets.ShouldNotBeEmpty();
        sheets.ShouldAllBe(s => !Regex.IsMatch(s, @"<(\w+:)?f[ >]"));
        (string.Concat(sheets) + string.Concat(zip.Entries.Where(e => e.FullName == "xl/sharedStrings.xml").Select(e => new StreamReader(e.Open()).ReadToEnd())))
            .ShouldContain("=HYPERLINK(");
    }

    [Fact]
    public async Task The_calendar_feed_holds_the_groups_meetings_at_nine_in_Oslo_in_winter_and_in_summer_moved_and_cancelled_ones_as_they_are()
    {
        var group = await SupervisionTestData.GroupAsync(factory);
        var year = DateTime.UtcNow.Year + 1;
        // Monthly at 09:00 Oslo from January to June: the first ones in CET (UTC+1), the last ones in CEST (UTC+2).
        var occurrences = MeetingRecurrence.Expand("FREQ=MONTHLY;COUNT=6", new DateTime(year, 1, 12, 9, 0, 0), 120);
        var ids = new List<Guid>();
        foreach (var occurrence in occurrences) ids.Add(await SupervisionTestData.MeetingAsync(factory, group.Id, occurrence.StartsAt));
        var moved = await SupervisionTestData.MeetingAsync(factory, group.Id, Oslo(year, 8, 18, 9), change: m =>
            m.Move(Oslo(year, 8, 19, 13), Oslo(year, 8, 19, 15), "Kantina", null, DateTime.UtcNow));
        var cancelled = await SupervisionTestData.MeetingAsync(factory, group.Id, Oslo(year, 9, 15, 9), change: m => m.Cancel());

        var calendar = await FeedOfAsync(group.Members[0].UserName!);
        var winter = calendar.Events.Single(e => e.Uid == Uid(ids[0]));
        winter.DtStart!.TzId.ShouldBe("Europe/Oslo");
        (winter.DtStart.Date, winter.DtStart.Time).ShouldBe((new DateOnly(year, 1, 12), new TimeOnly(9, 0)));
        winter.DtStart.AsUtc.ShouldBe(new DateTime(year, 1, 12, 8, 0, 0, DateTimeKind.Utc));
        winter.Summary.ShouldBe($"Kollegaveiledning: {group.Name}");
        winter.Location.ShouldBe("Møterommet, NAV Malvik");
        var summer = calendar.Events.Single(e => e.Uid == Uid(ids[5]));
        (summer.DtStart!.Date, summer.DtStart.Time).ShouldBe((new DateOnly(year, 6, 12), new TimeOnly(9, 0)));
        summer.DtStart.AsUtc.ShouldBe(new DateTime(year, 6, 12, 7, 0, 0, DateTimeKind.Utc));
        summer.DtEnd!.AsUtc.ShouldBe(summer.DtStart.AsUtc.AddHours(2));

        var movedEvent = calendar.Events.Single(e => e.Uid == Uid(moved));
        (movedEvent.DtStart!.Date, movedEvent.DtStart.Time).ShouldBe((new DateOnly(year, 8, 19), new TimeOnly(13, 0)));
        movedEvent.Location.ShouldBe("Kantina");
        calendar.Events.Single(e => e.Uid == Uid(cancelled)).Status.ShouldBe("CANCELLED");
        calendar.Events.Where(e => e.Uid != Uid(cancelled) && ids.Concat([moved]).Any(id => e.Uid == Uid(id))).ShouldAllBe(e => e.Status != "CANCELLED");

        (await FeedOfAsync(group.Supervisor.UserName!)).Events.Count(e => ids.Any(id => e.Uid == Uid(id))).ShouldBe(6);
        // Who has not accepted the agreement, or is not in the group, has none of its meetings.
        (await FeedOfAsync(group.Invited.UserName!)).Events.ShouldNotContain(e => e.Uid!.StartsWith("supervision-meeting-", StringComparison.Ordinal)
            && ids.Any(id => e.Uid == Uid(id)));
        (await FeedOfAsync(group.Outsider.UserName!)).Events.ShouldNotContain(e => ids.Any(id => e.Uid == Uid(id)));
    }

    [Fact]
    public async Task A_meeting_downloads_as_ics_for_those_with_access_and_does_not_exist_for_anyone_else()
    {
        var group = await SupervisionTestData.GroupAsync(factory);
        var year = DateTime.UtcNow.Year + 1;
        var meeting = await SupervisionTestData.MeetingAsync(factory, group.Id, Oslo(year, 7, 6, 9), videoLink: "https://video.example.org/veiledning");
        var path = $"/api/peer-supervision/meetings/{meeting}/calendar";

        var response = await (await factory.ClientForAsync(group.Members[1].UserName!)).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var evt = Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Single();
        evt.Uid.ShouldBe(Uid(meeting));
        (evt.DtStart!.Date, evt.DtStart.Time, evt.DtStart.TzId).ShouldBe((new DateOnly(year, 7, 6), new TimeOnly(9, 0), "Europe/Oslo"));
        evt.Url!.ToString().ShouldBe("https://video.example.org/veiledning");
        (await (await factory.ClientForAsync(group.Supervisor.UserName!)).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var userName in new[] { group.Invited.UserName!, group.Outsider.UserName!, "sysadmin", "ksadmin" })
            (await (await factory.ClientForAsync(userName)).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, userName);
        (await (await factory.ClientForAsync(group.Members[1].UserName!)).GetAsync($"/api/peer-supervision/meetings/{Guid.NewGuid()}/calendar"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_day_before_a_meeting_everyone_taking_part_is_reminded_once_however_often_the_job_runs()
    {
        var group = await SupervisionTestData.GroupAsync(factory);
        var tomorrow = OsloTime.Today(TimeProvider.System).AddDays(1);
        var meeting = await SupervisionTestData.MeetingAsync(factory, group.Id, OsloTime.ToUtc(tomorrow, new TimeOnly(9, 0)));
        var later = await SupervisionTestData.MeetingAsync(factory, group.Id, OsloTime.ToUtc(tomorrow.AddDays(1), new TimeOnly(9, 0)));
        var cancelled = await SupervisionTestData.MeetingAsync(factory, group.Id, OsloTime.ToUtc(tomorrow, new TimeOnly(13, 0)), change: m => m.Cancel());

        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<SupervisionMeetingReminders>().SendForTomorrowAsync(default)).ShouldBeGreaterThanOrEqualTo(1);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            var reminded = await db.Set<Notification>().Where(n => n.TemplateKey == SupervisionMeetingReminders.TemplateKey && n.Link == $"/supervision/groups/{group.Id}")
                .Select(n => new { n.PersonId, n.DeduplicationKey }).ToListAsync();
            reminded.Select(n => n.PersonId).OrderBy(id => id)
                .ShouldBe(group.Members.Select(m => (Guid?)m.PersonId).Append(group.Supervisor.PersonId).OrderBy(id => id));
            reminded.ShouldAllBe(n => n.DeduplicationKey!.Contains(meeting.ToString("N")));
            reminded.ShouldNotContain(n => n.DeduplicationKey!.Contains(later.ToString("N")) || n.DeduplicationKey!.Contains(cancelled.ToString("N")));
        }

        var notifications = await (await factory.ClientForAsync(group.Members[0].UserName!)).GetAsync("/api/notifications").Expect();
        notifications.ToString().ShouldContain(group.Name);

        var jobs = (await (await factory.ClientForAsync("sysadmin")).GetAsync("/api/admin/jobs").Expect()).EnumerateArray().ToList();
        jobs.ShouldContain(j => j.GetProperty("group").GetString() == "peersupervision" && j.GetProperty("name").GetString() == "meeting-reminders"
            && j.GetProperty("title").GetString() == "Påminnelser om kollegaveiledning");
    }
}
