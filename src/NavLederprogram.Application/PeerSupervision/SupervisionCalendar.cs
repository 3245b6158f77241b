using Microsoft.Extensions.Configuration;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Supervision meetings in the calendar: in the subscription feed of everyone with access to the group (the supervisors and the
/// members who accepted the current agreement), and one meeting as a download. A moved meeting is at its new time, a cancelled
/// one is marked cancelled so that calendar apps take it out.
/// </summary>
public sealed class SupervisionCalendar(
    ICurrentPerson currentPerson,
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    IConfiguration configuration,
    TimeProvider clock) : ICalendarEntrySource
{
    /// <summary>How far back the feed reaches: calendar apps keep what they had, and a year back is what people look up.</summary>
    private static readonly TimeSpan History = TimeSpan.FromDays(366);
    /// <summary>Further ahead than any schedule reaches in practice.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(366 * 5);

    public async Task<IReadOnlyList<CalendarEntry>> GetForUserAsync(Guid userId, Guid? personId, CancellationToken ct)
    {
        if (personId is not { } person) return [];
        var mine = (await groups.GetForPersonAsync(person, ct)).Where(g => g.HasAccess(person)).ToDictionary(g => g.Id);
        if (mine.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        return (await meetings.GetForGroupsAsync(mine.Keys.ToList(), now - History, now + Ahead, ct))
            .Select(m => ToEntry(mine[m.GroupId], m)).ToList();
    }

    public async Task<CalendarDocument> GetMeetingAsync(Guid meetingId, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var meeting = await meetings.FindAsync(meetingId, ct);
        var group = meeting is null ? null : await groups.FindAsync(meeting.GroupId, ct);
        // To anyone without access to the group the meeting does not exist, whether or not it does.
        if (me is null || meeting is null || group is null || !group.HasAccess(me.Id)) throw new EntityNotFoundException(typeof(SupervisionMeeting), meetingId);
        return CalendarEntryDocument.Single(group.Name, $"{LocalizationTexts.Get("PeerSupervision:Calendar.FileName")}-{OsloTime.ToOslo(meeting.StartsAt):yyyy-MM-dd}.ics",
            ToEntry(group, meeting));
    }

    private CalendarEntry ToEntry(SupervisionGroup group, SupervisionMeeting meeting)
    {
        var groupLink = $"{PublicLinks.PublicUrl(configuration)}/supervision/groups/{group.Id}";
        var lines = new List<string> { $"{LocalizationTexts.Get("PeerSupervision:Calendar.Group")}: {group.Name}" };
        if (meeting.Place is not null) lines.Add($"{LocalizationTexts.Get("PeerSupervision:Calendar.Place")}: {meeting.Place}");
        if (meeting.VideoLink is not null) lines.Add($"{LocalizationTexts.Get("PeerSupervision:Calendar.VideoLink")}: {meeting.VideoLink}");
        lines.Add(groupLink);
        return new CalendarEntry(
            $"supervision-meeting-{meeting.Id}@navlederprogram",
            LocalizationTexts.Get("PeerSupervision:Calendar.Summary", null, group.Name),
            meeting.StartsAt,
            meeting.EndsAt,
            meeting.Place ?? meeting.VideoLink,
            string.Join("\n", lines),
            meeting.VideoLink ?? groupLink,
            meeting.Status == MeetingStatus.Cancelled,
            // A group's rename shows in its meetings too.
            Max(meeting.LastModificationTime ?? meeting.CreationTime, group.LastModificationTime ?? group.CreationTime));
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
