using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Calendar subscriptions and single-gathering downloads. The subscription address holds a random token; the
/// database keeps its SHA-256 hash for the look-up and a copy encrypted with the host's data-protection keys so that
/// the owner can see and copy the address again on any device. Renewing revokes the old address at once.
/// </summary>
public sealed class CalendarAppService(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    ICalendarFeedRepository feeds,
    IPersonDirectory people,
    ICohortRepository cohorts,
    IEnrolmentRepository enrolments,
    IProgrammeRepository programmes,
    IEnumerable<ICalendarEntrySource> entrySources,
    IDataProtectionProvider dataProtection,
    IConfiguration configuration,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ICalendarAppService
{
    private const string ProtectionPurpose = "NavLederprogram.Programmes.CalendarFeed.v1";
    private IDataProtector Protector => dataProtection.CreateProtector(ProtectionPurpose);

    public async Task<CalendarFeedDto> GetMyFeedAsync(CancellationToken ct)
    {
        var userId = RequireUser();
        var feed = await feeds.FindActiveForUserAsync(userId, ct);
        if (feed is not null) return new CalendarFeedDto(Unprotect(feed.ProtectedToken) is { } token ? FeedUrl(token) : null, feed.CreatedAt);
        return await CreateAsync(userId, ct);
    }

    public async Task<CalendarFeedDto> RenewMyFeedAsync(CancellationToken ct)
    {
        var userId = RequireUser();
        if (await feeds.FindActiveForUserAsync(userId, ct) is { } old)
        {
            old.Revoke(clock.GetUtcNow().UtcDateTime);
            // Saved first: the one-active-feed index must see the old address revoked before the new one arrives.
            await unitOfWork.SaveChangesAsync(ct);
        }
        return await CreateAsync(userId, ct);
    }

    public async Task RevokeMyFeedAsync(CancellationToken ct)
    {
        var userId = RequireUser();
        if (await feeds.FindActiveForUserAsync(userId, ct) is not { } feed) return;
        feed.Revoke(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<CalendarDocument> GetFeedAsync(string token, CancellationToken ct)
    {
        if (!CalendarFeed.LooksLikeToken(token)) throw new EntityNotFoundException(typeof(CalendarFeed), null);
        var feed = await feeds.FindActiveByTokenHashAsync(CalendarFeed.HashToken(token), ct)
            ?? throw new EntityNotFoundException(typeof(CalendarFeed), null);

        var person = await people.FindByUserIdAsync(feed.UserId, ct);
        var participantOf = person is null ? []
            : (await enrolments.GetForPersonAsync(person.Id, ct)).Where(e => e.IsParticipant).Select(e => e.CohortId).ToHashSet();
        var facilitated = await cohorts.GetOverlappingAsync(DateOnly.MinValue, DateOnly.MaxValue, new CohortFilter(null, null, feed.UserId, null), ct);
        var mine = (await cohorts.GetListAsync(participantOf, ct)).Concat(facilitated)
            .Where(c => c.Status != CohortStatus.Cancelled)
            .DistinctBy(c => c.Id).OrderBy(c => c.StartsOn).ToList();

        var entries = new List<CalendarEntry>();
        foreach (var source in entrySources) entries.AddRange(await source.GetForUserAsync(feed.UserId, person?.Id, ct));

        var calendar = NewCalendar(LocalizationTexts.Get("Calendar:FeedName"), mine, entries);
        foreach (var (cohort, version) in await WithVersionsAsync(mine, ct))
        {
            foreach (var session in cohort.Sessions.OrderBy(s => s.StartsAt)) calendar.Events.Add(SessionEvent(cohort, version, session));
            foreach (var deadline in cohort.Deadlines.OrderBy(d => d.DueOn)) calendar.Events.Add(DeadlineEvent(cohort, version, deadline));
        }
        // Ordered so that the same entries give the same text, which the feed's "not modified" answer relies on.
        foreach (var entry in entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Uid, StringComparer.Ordinal))
            calendar.Events.Add(CalendarEntryDocument.ToEvent(entry));
        return new CalendarDocument("lederprogrammet.ics", Serialize(calendar));
    }

    public async Task<CalendarDocument> GetSessionAsync(Guid cohortId, Guid sessionId, CancellationToken ct)
    {
        var userId = RequireUser();
        var cohort = await cohorts.FindAsync(cohortId, ct);
        var session = cohort?.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (cohort is null || session is null || !await TakesPartAsync(cohort, userId, ct)) throw new EntityNotFoundException(typeof(CohortSession), sessionId);

        var calendar = NewCalendar(cohort.Name, [cohort]);
        var version = await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct);
        var evt = SessionEvent(cohort, version, session);
        if (cohort.Status == CohortStatus.Cancelled) evt.Status = EventStatus.Cancelled;
        calendar.Events.Add(evt);
        return new CalendarDocument($"samling-{session.StartsAt:yyyy-MM-dd}.ics", Serialize(calendar));
    }

    /// <summary>A participant (enrolled or completed), a facilitator of the cohort or a cohort admin; to anyone else the gathering does not exist.</summary>
    private async Task<bool> TakesPartAsync(Cohort cohort, Guid userId, CancellationToken ct)
    {
        if (cohort.FacilitatorUserIds.Contains(userId) || await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogram.Permissions.NavLederprogramPermissions.Cohorts.Manage, ct)) return true;
        var person = await people.FindByUserIdAsync(userId, ct);
        return person is not null && await enrolments.FindActiveAsync(cohort.Id, person.Id, ct) is { IsParticipant: true };
    }

    private async Task<CalendarFeedDto> CreateAsync(Guid userId, CancellationToken ct)
    {
        var (feed, token) = CalendarFeed.Create(userId, t => Protector.Protect(t), clock.GetUtcNow().UtcDateTime);
        await feeds.InsertAsync(feed, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new CalendarFeedDto(FeedUrl(token), feed.CreatedAt);
    }

    private string? Unprotect(string? protectedToken)
    {
        if (protectedToken is null) return null;
        try { return Protector.Unprotect(protectedToken); }
        catch (CryptographicException) { return null; }
    }

    private Guid RequireUser() => currentUser.Id ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };

    private string FeedUrl(string token) => $"{PublicLinks.PublicUrl(configuration)}/api/calendar/feeds/{token}.ics";

    private async Task<IReadOnlyList<(Cohort Cohort, ProgrammeVersion? Version)>> WithVersionsAsync(IReadOnlyList<Cohort> list, CancellationToken ct)
    {
        var versions = (await programmes.GetVersionsAsync(list.Select(c => c.ProgrammeVersionId).Distinct().ToList(), ct)).ToDictionary(v => v.Id);
        return list.Select(c => (c, versions.GetValueOrDefault(c.ProgrammeVersionId))).ToList();
    }

    private Calendar NewCalendar(string name, IReadOnlyList<Cohort> list, IReadOnlyList<CalendarEntry>? entries = null)
    {
        var starts = list.Select(c => c.StartsOn.ToDateTime(TimeOnly.MinValue).AddYears(-1))
            .Concat((entries ?? []).Select(e => e.StartsAt.AddYears(-1))).ToList();
        return ProgrammeCalendar.NewCalendar(name, starts.Count == 0 ? clock.GetUtcNow().UtcDateTime : starts.Min());
    }

    private CalendarEvent SessionEvent(Cohort cohort, ProgrammeVersion? version, CohortSession session)
    {
        var module = version?.Modules.FirstOrDefault(m => m.Id == session.ModuleId);
        var lines = new List<string>();
        if (module is not null) lines.Add($"{LocalizationTexts.Get("Calendar:Module")}: {module.Title.In()}");
        lines.Add($"{LocalizationTexts.Get("Calendar:Format")}: {LocalizationTexts.Get($"Calendar:Format.{session.Format}")}");
        if (session.Place is not null) lines.Add($"{LocalizationTexts.Get("Calendar:Place")}: {session.Place}");
        if (session.VideoLink is not null) lines.Add($"{LocalizationTexts.Get("Calendar:VideoLink")}: {session.VideoLink}");
        lines.Add($"{LocalizationTexts.Get("Calendar:Cohort")}: {cohort.Name}");
        lines.Add(PublicLinks.PublicUrl(configuration) + "/");

        var evt = new CalendarEvent
        {
            Uid = $"session-{session.Id}@navlederprogram",
            Summary = $"{cohort.Name}: {CohortMapping.GatheringTitle(session, version).In()}",
            DtStart = ProgrammeCalendar.InOslo(session.StartsAt),
            DtEnd = ProgrammeCalendar.InOslo(session.EndsAt),
            Location = session.Place ?? session.VideoLink,
            Description = string.Join("\n", lines),
            Url = Uri.TryCreate(session.VideoLink ?? PublicLinks.PublicUrl(configuration) + "/", UriKind.Absolute, out var url) ? url : null,
            Transparency = TransparencyType.Opaque,
        };
        Stamp(evt, cohort);
        evt.Categories.Add(LocalizationTexts.Get("Calendar:Category"));
        return evt;
    }

    private CalendarEvent DeadlineEvent(Cohort cohort, ProgrammeVersion? version, CohortDeadline deadline)
    {
        var assignment = version?.Modules.SelectMany(m => m.Assignments).FirstOrDefault(a => a.Id == deadline.AssignmentId);
        var title = assignment?.Title.In() ?? LocalizationTexts.Get("Calendar:Assignment");
        var evt = new CalendarEvent
        {
            Uid = $"deadline-{cohort.Id}-{deadline.AssignmentId}@navlederprogram",
            Summary = $"{cohort.Name}: {LocalizationTexts.Get("Calendar:Deadline", null, title)}",
            // An all-day event: the end is the day after, exclusive.
            DtStart = new CalDateTime(deadline.DueOn),
            DtEnd = new CalDateTime(deadline.DueOn.AddDays(1)),
            Description = $"{LocalizationTexts.Get("Calendar:Cohort")}: {cohort.Name}\n{PublicLinks.PublicUrl(configuration)}/",
            Url = Uri.TryCreate(PublicLinks.PublicUrl(configuration) + "/", UriKind.Absolute, out var url) ? url : null,
            Transparency = TransparencyType.Transparent,
        };
        Stamp(evt, cohort);
        evt.Categories.Add(LocalizationTexts.Get("Calendar:Category"));
        return evt;
    }

    /// <summary>
    /// Stamped with the cohort's last change rather than the time of the request, so that an unchanged calendar is the
    /// same text each time and subscribers can be told "not modified".
    /// </summary>
    private static void Stamp(CalendarEvent evt, Cohort cohort)
    {
        var changed = ProgrammeCalendar.Utc(cohort.LastModificationTime ?? cohort.CreationTime);
        evt.DtStamp = changed;
        evt.LastModified = changed;
    }

    private static string Serialize(Calendar calendar) => ProgrammeCalendar.Serialize(calendar);
}
