using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class CalendarApiTests(NavLederprogramFactory factory)
{
    // One gathering in winter (CET, UTC+1) and one in summer (CEST, UTC+2), at the wall-clock times the admin set.
    private static DateOnly WinterDay => ProgrammeTestData.WinterDay;
    private static readonly TimeOnly WinterTime = new(9, 30);
    private static DateOnly SummerDay => ProgrammeTestData.SummerDay;
    private static readonly TimeOnly SummerTime = new(13, 0);
    private static DateOnly FirstDeadline => ProgrammeTestData.FirstDeadline;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private async Task<Calendar> LoadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldStartWith("BEGIN:VCALENDAR");
        return Calendar.Load(text)!;
    }

    private async Task<Calendar> FeedOfAsync(string userName)
    {
        var client = await factory.ClientForAsync(userName);
        var feed = await Ok(await client.GetAsync("/api/calendar/my-feed"));
        var url = feed.GetProperty("url").GetString()!;
        url.ShouldStartWith("http://localhost:5080/api/calendar/feeds/");
        return await LoadAsync(await factory.CreateClient().GetAsync(PathOf(url)));
    }

    [Fact]
    public async Task The_feed_holds_every_gathering_and_deadline_of_the_leaders_cohorts_at_Oslo_time_and_nothing_of_other_cohorts()
    {
        var data = await ProgrammeTestData.CalendarCohortsAsync(factory);

        var calendar = await FeedOfAsync("leder");
        calendar.TimeZones.ShouldContain(z => z.TzId == "Europe/Oslo");
        calendar.Properties["X-WR-CALNAME"]!.Value.ShouldBe("Lederprogrammet");
        calendar.Properties["REFRESH-INTERVAL"].ShouldNotBeNull();

        var uids = calendar.Events.Select(e => e.Uid).ToHashSet();
        foreach (var session in data.Mine.Sessions) uids.ShouldContain($"session-{session.Id}@navlederprogram");
        foreach (var due in data.Mine.Deadlines) uids.ShouldContain($"deadline-{data.Mine.Id}-{due.AssignmentId}@navlederprogram");
        calendar.Events.Count(e => e.Uid!.Contains(data.Mine.Id.ToString()) || data.Mine.Sessions.Any(s => e.Uid == $"session-{s.Id}@navlederprogram"))
            .ShouldBe(data.Mine.Sessions.Count + data.Mine.Deadlines.Count);
        foreach (var other in new[] { data.Others, data.Cancelled })
        {
            foreach (var session in other.Sessions) uids.ShouldNotContain($"session-{session.Id}@navlederprogram");
            uids.ShouldNotContain(u => u!.Contains(other.Id.ToString()));
        }

        var winter = calendar.Events.Single(e => e.Uid == $"session-{data.WinterSessionId}@navlederprogram");
        winter.DtStart!.TzId.ShouldBe("Europe/Oslo");
        (winter.DtStart.Date, winter.DtStart.Time).ShouldBe((WinterDay, WinterTime));
        winter.DtStart.AsUtc.ShouldBe(WinterDay.ToDateTime(new TimeOnly(8, 30), DateTimeKind.Utc));
        winter.DtEnd!.AsUtc.ShouldBe(winter.DtStart.AsUtc.AddMinutes(360));
        winter.Summary.ShouldBe($"{data.Mine.Name}: Oppstartssamling");
        winter.Location.ShouldBe("Scandic Hell, Stjørdal");

        var summer = calendar.Events.Single(e => e.Uid == $"session-{data.SummerSessionId}@navlederprogram");
        summer.DtStart!.TzId.ShouldBe("Europe/Oslo");
        (summer.DtStart.Date, summer.DtStart.Time).ShouldBe((SummerDay, SummerTime));
        summer.DtStart.AsUtc.ShouldBe(SummerDay.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc));
        summer.Location.ShouldBe("https://video.example.org/lederprogram");
        summer.Url!.ToString().ShouldBe("https://video.example.org/lederprogram");

        var deadline = calendar.Events.Single(e => e.Uid == $"deadline-{data.Mine.Id}-{data.FirstAssignmentId}@navlederprogram");
        deadline.IsAllDay.ShouldBeTrue();
        deadline.DtStart!.HasTime.ShouldBeFalse();
        deadline.DtStart.Date.ShouldBe(FirstDeadline);
        deadline.Summary.ShouldBe($"{data.Mine.Name}: Frist: Refleksjonsnotat");
    }

    [Fact]
    public async Task A_facilitator_sees_the_cohorts_they_facilitate()
    {
        var data = await ProgrammeTestData.CalendarCohortsAsync(factory);
        var uids = (await FeedOfAsync("fasilitator")).Events.Select(e => e.Uid).ToHashSet();
        foreach (var session in data.Others.Sessions) uids.ShouldContain($"session-{session.Id}@navlederprogram");
        foreach (var session in data.Mine.Sessions) uids.ShouldNotContain($"session-{session.Id}@navlederprogram");
    }

    [Fact]
    public async Task The_address_stays_until_renewed_and_a_renewed_or_revoked_address_is_gone()
    {
        var leader = await factory.ClientForAsync("kommunekoordinator");
        var anonymous = factory.CreateClient();
        var first = (await Ok(await leader.GetAsync("/api/calendar/my-feed"))).GetProperty("url").GetString()!;
        (await Ok(await leader.GetAsync("/api/calendar/my-feed"))).GetProperty("url").GetString().ShouldBe(first);
        (await anonymous.GetAsync(PathOf(first))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var renewed = (await Ok(await leader.PostAsync("/api/calendar/my-feed/renew", null))).GetProperty("url").GetString()!;
        renewed.ShouldNotBe(first);
        (await anonymous.GetAsync(PathOf(first))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(PathOf(renewed))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Ok(await leader.GetAsync("/api/calendar/my-feed"))).GetProperty("url").GetString().ShouldBe(renewed);

        (await leader.DeleteAsync("/api/calendar/my-feed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(PathOf(renewed))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var next = (await Ok(await leader.GetAsync("/api/calendar/my-feed"))).GetProperty("url").GetString()!;
        next.ShouldNotBe(renewed);
        (await anonymous.GetAsync(PathOf(next))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unchanged_feed_is_answered_not_modified()
    {
        await ProgrammeTestData.CalendarCohortsAsync(factory);
        var url = (await Ok(await (await factory.ClientForAsync("leder")).GetAsync("/api/calendar/my-feed"))).GetProperty("url").GetString()!;
        var anonymous = factory.CreateClient();
        var first = await anonymous.GetAsync(PathOf(url));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        var again = new HttpRequestMessage(HttpMethod.Get, PathOf(url));
        again.Headers.IfNoneMatch.Add(etag);
        (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await (await anonymous.GetAsync(PathOf(url))).Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_token_is_not_found()
    {
        var anonymous = factory.CreateClient();
        (await anonymous.GetAsync($"/api/calendar/feeds/{CalendarFeed.NewToken()}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/calendar/feeds/x.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_gathering_downloads_for_its_participants_and_facilitators_and_is_not_found_for_others()
    {
        var data = await ProgrammeTestData.CalendarCohortsAsync(factory);
        var path = $"/api/cohorts/{data.Mine.Id}/sessions/{data.SummerSessionId}.ics";

        var response = await (await factory.ClientForAsync("leder")).GetAsync(path);
        var calendar = await LoadAsync(response);
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull();
        calendar.TimeZones.ShouldContain(z => z.TzId == "Europe/Oslo");
        var single = calendar.Events.ShouldHaveSingleItem();
        single.Uid.ShouldBe($"session-{data.SummerSessionId}@navlederprogram");
        single.DtStart!.TzId.ShouldBe("Europe/Oslo");
        (single.DtStart.Date, single.DtStart.Time).ShouldBe((SummerDay, SummerTime));

        (await (await factory.ClientForAsync("regionkoordinator")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientForAsync("fasilitator")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var facilitated = data.Others.Sessions[0];
        (await LoadAsync(await (await factory.ClientForAsync("fasilitator")).GetAsync($"/api/cohorts/{data.Others.Id}/sessions/{facilitated.Id}.ics")))
            .Events.ShouldHaveSingleItem().Uid.ShouldBe($"session-{facilitated.Id}@navlederprogram");
        (await (await factory.ClientForAsync("leder")).GetAsync($"/api/cohorts/{data.Others.Id}/sessions/{facilitated.Id}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

/// <summary>Programme data made through the domain, as the cohort API that would make it is not what these tests are about.</summary>
internal static class ProgrammeTestData
{
    public sealed record CalendarCohorts(Cohort Mine, Cohort Others, Cohort Cancelled, Guid WinterSessionId, Guid SummerSessionId, Guid FirstAssignmentId);

    public sealed record CompletedCertificate(Certificate Certificate, string PersonName);

    /// <summary>The cohorts run next year: from early January (winter time) to the end of June (summer time).</summary>
    private static readonly int Year = DateTime.UtcNow.Year + 1;
    public static readonly DateOnly WinterDay = new(Year, 1, 12);
    public static readonly DateOnly SummerDay = new(Year, 6, 15);
    public static readonly DateOnly FirstDeadline = new(Year, 1, 26);

    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static readonly Dictionary<NavLederprogramFactory, CalendarCohorts> Made = [];

    public static async Task<Guid> UserIdAsync(IServiceProvider services, string userName) =>
        (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;

    public static async Task<Person> PersonOfAsync(IServiceProvider services, string userName) =>
        (await services.GetRequiredService<IPersonRepository>().FindByUserIdAsync(await UserIdAsync(services, userName)))!;

    /// <summary>A cohort the leader takes part in, one the facilitator runs without the leader, and a cancelled one of the leader's; made once per host.</summary>
    public static async Task<CalendarCohorts> CalendarCohortsAsync(NavLederprogramFactory factory)
    {
        await Lock.WaitAsync();
        try
        {
            if (Made.TryGetValue(factory, out var made)) return made;
            await using var scope = factory.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var version = await PublishedVersionAsync(services, [
                Module("Modul 1: Ledelse i NAV", [new GatheringContent(null, "Oppstartssamling", GatheringFormat.InPerson, 360)],
                    [new AssignmentContent(null, "Refleksjonsnotat", "Skriv om din lederrolle.", 14)]),
                Module("Modul 2: Kunnskapsbasert ledelse", [new GatheringContent(null, "Digital samling", GatheringFormat.Online, 120)],
                    [new AssignmentContent(null, "Utviklingsplan", "Lag en plan for kontoret.", 21)]),
            ]);
            var leader = await PersonOfAsync(services, "leder");
            var facilitator = await UserIdAsync(services, "fasilitator");
            var suffix = Guid.NewGuid().ToString("N")[..6];

            var mine = await CohortAsync(services, version, $"Kull Trøndelag {suffix}", []);
            var winter = mine.Sessions.Single(s => s.Title == "Oppstartssamling");
            var summer = mine.Sessions.Single(s => s.Title == "Digital samling");
            mine.ScheduleSession(winter.Id, OsloTime.ToUtc(WinterDay, new TimeOnly(9, 30)), 360, "Scandic Hell, Stjørdal", null);
            mine.ScheduleSession(summer.Id, OsloTime.ToUtc(SummerDay, new TimeOnly(13, 0)), 120, null, "https://video.example.org/lederprogram");
            var firstAssignment = version.Modules[0].Assignments[0].Id;
            mine.SetDeadline(firstAssignment, FirstDeadline);
            await EnrolAsync(services, mine, leader.Id);

            var others = await CohortAsync(services, version, $"Kull Nord {suffix}", [facilitator]);
            var cancelled = await CohortAsync(services, version, $"Kull Vest {suffix}", []);
            await EnrolAsync(services, cancelled, leader.Id);
            cancelled.Cancel("For få påmeldte.");
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

            return Made[factory] = new CalendarCohorts(mine, others, cancelled, winter.Id, summer.Id, firstAssignment);
        }
        finally { Lock.Release(); }
    }

    /// <summary>A programme the leader has completed and its certificate; the module titles are many and long enough to wrap.</summary>
    public static async Task<CompletedCertificate> CertificateAsync(NavLederprogramFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var modules = Enumerable.Range(1, 9).Select(i => Module(
            $"Modul {i}: Ledelse, økonomi og samarbeid i partnerskapet – lærende praksis på tvers av stat og kommune, del {i}", [], [])).ToList();
        var version = await PublishedVersionAsync(services, modules, "Lederprogrammet for NAV-ledere – ærlig, ønsket og åpent");
        var person = await PersonOfAsync(services, userName);
        var cohort = await CohortAsync(services, version, $"Kull Værnes {Guid.NewGuid().ToString("N")[..6]}", []);
        var enrolment = await EnrolAsync(services, cohort, person.Id);
        enrolment.EvaluateCompletion(version, cohort, DateOnly.FromDateTime(DateTime.UtcNow)).ShouldBeTrue();
        var certificate = new Certificate(Guid.CreateVersion7(), enrolment, person.FullName, version, cohort, Certificate.NewVerificationCode());
        await services.GetRequiredService<ICertificateRepository>().InsertAsync(certificate);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new CompletedCertificate(certificate, person.FullName);
    }

    private static ModuleContent Module(string title, IReadOnlyList<GatheringContent> gatherings, IReadOnlyList<AssignmentContent> assignments) =>
        new(title, "Beskrivelse", ["Læringsmål"], null, gatherings, assignments, [], []);

    private static async Task<ProgrammeVersion> PublishedVersionAsync(IServiceProvider services, IReadOnlyList<ModuleContent> modules, string name = "Lederprogrammet")
    {
        var repository = services.GetRequiredService<IProgrammeRepository>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var programme = await repository.GetProgrammeAsync();
        if (programme is null)
        {
            programme = new Programme(Guid.CreateVersion7(), "Lederprogrammet", "Det felles lederprogrammet til KS og NAV.");
            await repository.InsertProgrammeAsync(programme);
            await unitOfWork.SaveChangesAsync();
        }
        var now = DateTime.UtcNow;
        var ks = new Actor(await UserIdAsync(services, "ksadmin"), "KS-admin");
        var directorate = new Actor(await UserIdAsync(services, "diradmin"), "Direktoratsadmin");
        var version = new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, Random.Shared.Next(1000, 1_000_000), name, "Testversjon", ks, now);
        foreach (var module in modules) version.AddModule(module, ks, now);
        version.Approve(ApprovalParty.Ks, ks, now);
        version.Approve(ApprovalParty.Directorate, directorate, now);
        await repository.InsertVersionAsync(version);
        await unitOfWork.SaveChangesAsync();
        return version;
    }

    private static async Task<Cohort> CohortAsync(IServiceProvider services, ProgrammeVersion version, string name, IReadOnlyList<Guid> facilitators)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohort = new Cohort(Guid.CreateVersion7(), version, name, null, 20, false,
            new CohortDates(today.AddDays(-1), today.AddDays(5), new DateOnly(Year, 1, 4), new DateOnly(Year, 6, 30)), facilitators);
        cohort.OpenEnrolment();
        await services.GetRequiredService<ICohortRepository>().InsertAsync(cohort);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return cohort;
    }

    /// <summary>
    /// Gives the person a seat directly, as history: these cohorts are a backdrop for calendars and certificates, and the
    /// same leader sits in several of them, which the enrolment rules would not let anyone ask for today.
    /// </summary>
    private static async Task<Enrolment> EnrolAsync(IServiceProvider services, Cohort cohort, Guid personId)
    {
        var now = DateTime.UtcNow;
        var enrolments = services.GetRequiredService<IEnrolmentRepository>();
        var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, personId, EnrolmentSource.Application, null, now);
        enrolment.Place(true, await enrolments.LastPlacementNumberAsync(cohort.Id) + 1, null, now);
        await enrolments.InsertAsync(enrolment);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        enrolment.Status.ShouldBe(EnrolmentStatus.Enrolled);
        return enrolment;
    }
}
