using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>What is written for machines is the same in every language the caller asks for.</summary>
[Collection(HostCollection.Name)]
public partial class MachineFormatTests(NavLederprogramFactory factory)
{
    public static TheoryData<string> Languages => ["nb", "nn", "en"];

    [Theory, MemberData(nameof(Languages))]
    public async Task The_calendar_feed_and_a_gathering_download_are_culture_invariant(string language)
    {
        var data = await ProgrammeTestData.CalendarCohortsAsync(factory);
        var leader = await factory.ClientForAsync("leder", language);
        var feedUrl = (await leader.GetFromJsonAsync<JsonElement>("/api/calendar/my-feed")).GetProperty("url").GetString()!;
        var subscriber = factory.CreateClient();
        subscriber.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        var feed = await subscriber.GetAsync(new Uri(feedUrl).PathAndQuery);
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentLanguage.ShouldBe([language]);
        EntityTag().IsMatch(feed.Headers.ETag!.Tag).ShouldBeTrue(feed.Headers.ETag.Tag);
        AssertInvariantICalendar(await feed.Content.ReadAsStringAsync());

        var single = await leader.GetAsync($"/api/cohorts/{data.Mine.Id}/sessions/{data.SummerSessionId}.ics");
        single.StatusCode.ShouldBe(HttpStatusCode.OK);
        single.Content.Headers.ContentDisposition!.FileName.ShouldBe("samling-" + ProgrammeTestData.SummerDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".ics");
        single.Content.Headers.ContentDisposition.ToString().ShouldNotContain("\u2212");
        AssertInvariantICalendar(await single.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Languages))]
    public async Task The_competence_export_writes_dates_and_numbers_the_same_in_every_language(string language)
    {
        var admin = await factory.ClientForAsync("ksadmin", language);
        var csv = await admin.GetAsync("/api/competence/gaps/export?format=Csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        CsvFileName().IsMatch(csv.Content.Headers.ContentDisposition!.FileName!.Trim('"')).ShouldBeTrue(csv.Content.Headers.ContentDisposition.FileName);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldNotContain("\u2212");
        text.ShouldNotContain("\u00A0");
        var rows = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(';')).ToList();
        rows.ShouldNotBeEmpty();
        // Levels are whole numbers and dates ISO 8601, whatever the language of the column names.
        rows.SelectMany(r => r).Where(v => v.Contains('.') || v.Contains(',')).Where(v => Regex.IsMatch(v, @"^\d")).ShouldBeEmpty();
        rows.SelectMany(r => r).Where(v => Regex.IsMatch(v, @"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")).ShouldBeEmpty();
        rows.SelectMany(r => r).Where(v => Regex.IsMatch(v, @"^\d{4}-")).ShouldAllBe(v => Regex.IsMatch(v, @"^\d{4}-\d{2}-\d{2}$"));
    }

    /// <summary>ASCII minus in the time-zone rules, and every date-time in the basic ISO form RFC 5545 asks for.</summary>
    private static void AssertInvariantICalendar(string text)
    {
        text.ShouldNotContain("\u2212");
        text.ShouldNotContain("\u00A0");
        text.ShouldContain("BYDAY=-1SU");
        var lines = text.Split("\r\n");
        lines.Where(l => l.StartsWith("TZOFFSETFROM:") || l.StartsWith("TZOFFSETTO:")).ShouldAllBe(l => Regex.IsMatch(l, @":[+-]\d{4}$"));
        lines.Where(l => l.StartsWith("DTSTART") || l.StartsWith("DTEND") || l.StartsWith("DTSTAMP") || l.StartsWith("LAST-MODIFIED"))
            .ShouldAllBe(l => Regex.IsMatch(l, @":\d{8}(T\d{6}Z?)?$"));
    }

    [GeneratedRegex("^\"[0-9a-f]{32}\"$")]
    private static partial Regex EntityTag();

    [GeneratedRegex(@"-\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex CsvFileName();
}
