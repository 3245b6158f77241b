using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Notifications;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The day before a meeting, everyone taking part is reminded of it. The notification's deduplication key names the meeting and
/// its start, so that a second run, or a second node, sends nothing new, while a meeting moved to another day is announced again.
/// </summary>
public sealed class SupervisionMeetingReminders(
    ISupervisorWorkQueries work,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string TemplateKey = "PeerSupervision.MeetingReminder";

    public static string DeduplicationKey(SupervisionMeeting meeting) =>
        $"supervision-meeting/{meeting.Id:N}/{meeting.StartsAt.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";

    /// <summary>Reminds of the meetings that take place tomorrow, Oslo date; returns how many meetings.</summary>
    public async Task<int> SendForTomorrowAsync(CancellationToken ct)
    {
        var tomorrow = OsloTime.Today(clock).AddDays(1);
        var due = (await work.GetMeetingsStartingAsync(OsloTime.ToUtc(tomorrow, TimeOnly.MinValue), OsloTime.ToUtc(tomorrow.AddDays(1), TimeOnly.MinValue), ct))
            .Where(m => m.IsOpen).ToList();
        if (due.Count == 0) return 0;
        var byId = (await work.GetGroupsAsync(due.Select(m => m.GroupId).Distinct().ToList(), ct)).ToDictionary(g => g.Id);
        var sent = 0;
        foreach (var meeting in due)
        {
            if (byId.GetValueOrDefault(meeting.GroupId) is not { EndedAt: null } group) continue;
            var participants = Participants(group);
            if (participants.Count == 0) continue;
            // ISO time: the renderer writes it in each reader's language and time zone.
            var startsAt = DateTime.SpecifyKind(meeting.StartsAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            await notifications.NotifyPeopleAsync(participants, new NotificationMessage(NotificationKind.Reminder, TemplateKey,
                [group.Name, startsAt, meeting.Place ?? meeting.VideoLink ?? ""], $"/supervision/groups/{group.Id}", DeduplicationKey(meeting)), ct);
            sent++;
        }
        await unitOfWork.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>Those who see the group's meetings: the supervisors and the members who accepted the current agreement.</summary>
    private static List<Guid> Participants(SupervisionGroup group) =>
        new[] { group.SupervisorPersonId }.Concat(group.CoSupervisorPersonId is { } co ? [co] : Array.Empty<Guid>())
            .Concat(group.Members.Where(m => m.Status == MemberStatus.Active).Select(m => m.PersonId))
            .Where(group.HasAccess).Distinct().ToList();
}
