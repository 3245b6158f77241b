using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

/// <summary>The meetings in one statement, their groups in a second.</summary>
public sealed class EndedMeetingQueries(NavLederprogramDbContext db) : IEndedMeetingQueries
{
    public async Task<IReadOnlyList<PulseMeeting>> GetEndedBetweenAsync(DateTime from, DateTime to, CancellationToken ct = default)
    {
        if (to <= from) return [];
        var meetings = await db.Set<SupervisionMeeting>().AsNoTracking()
            .Where(m => m.Status != MeetingStatus.Cancelled && m.EndsAt >= from && m.EndsAt < to)
            .OrderBy(m => m.EndsAt).ToListAsync(ct);
        if (meetings.Count == 0) return [];
        var groupIds = meetings.Select(m => m.GroupId).Distinct().ToList();
        var groups = await db.Set<SupervisionGroup>().AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        return meetings.Where(m => groups.ContainsKey(m.GroupId))
            .Select(m => new PulseMeeting(m.Id, m.GroupId, groups[m.GroupId].RegionId, groups[m.GroupId].Name,
                DateTime.SpecifyKind(m.EndsAt, DateTimeKind.Utc), Participants(m, groups[m.GroupId])))
            .ToList();
    }

    private static List<Guid> Participants(SupervisionMeeting meeting, SupervisionGroup group) =>
        meeting.Status == MeetingStatus.Held
            ? meeting.Attendance.Where(a => a.Attended && !group.IsSupervisor(a.PersonId)).Select(a => a.PersonId).Distinct().ToList()
            : group.ActiveMemberIds.Where(p => group.HasAccess(p) && !group.IsSupervisor(p)).Distinct().ToList();
}
