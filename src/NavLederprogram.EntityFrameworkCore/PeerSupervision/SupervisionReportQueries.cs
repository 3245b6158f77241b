using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

/// <summary>
/// The report's counts, grouped in the database: the groups in scope, their meetings with attendance, their members per
/// office, and the supervisors per region — four statements whatever the number of groups. The groups in scope are one
/// query that the others join, so the scope rule is written once.
/// </summary>
public sealed class SupervisionReportQueries(NavLederprogramDbContext db, OrganisationReadModels organisation, TimeProvider clock)
    : ISupervisionReportQueries
{
    public async Task<SupervisionActivity> CountAsync(SupervisionReportFilter filter, CancellationToken ct)
    {
        var groups = GroupsInScope(filter);
        var meetings = from m in db.Set<SupervisionMeeting>().AsNoTracking()
                       join g in groups on m.GroupId equals g.Id
                       where (filter.FromUtc == null || m.StartsAt >= filter.FromUtc) && (filter.ToUtc == null || m.StartsAt < filter.ToUtc)
                       select m;

        // Attendance is registered only on held meetings: every member recorded was expected, those marked attended came.
        var meetingCounts = await meetings
            .GroupBy(m => m.GroupId)
            .Select(g => new
            {
                GroupId = g.Key,
                Held = g.Count(m => m.Status == MeetingStatus.Held),
                Cancelled = g.Count(m => m.Status == MeetingStatus.Cancelled),
                Attended = g.Sum(m => m.Attendance.Count(a => a.Attended)),
                Expected = g.Sum(m => m.Attendance.Count()),
            })
            .ToDictionaryAsync(c => c.GroupId, ct);
        var rows = await groups.AsNoTracking()
            .Select(g => new { g.Id, g.Name, g.Kind, g.SupervisorPersonId, g.RegionId })
            .ToListAsync(ct);
        var memberships = await groups
            .SelectMany(g => g.Members, (g, m) => new { GroupId = g.Id, m.OfficeId, m.Status })
            .Where(m => m.Status == MemberStatus.Active)
            .GroupBy(m => new { m.GroupId, m.OfficeId })
            .Select(g => new SupervisionMembershipCount(g.Key.GroupId, g.Key.OfficeId, g.Count()))
            .ToListAsync(ct);

        var counts = rows.Select(g =>
        {
            var met = meetingCounts.GetValueOrDefault(g.Id);
            return new SupervisionGroupCount(g.Id, g.Name, g.Kind, g.SupervisorPersonId, g.RegionId, met?.Held ?? 0, met?.Cancelled ?? 0,
                met?.Attended ?? 0, met?.Expected ?? 0);
        }).ToList();
        return new SupervisionActivity(counts, memberships, await CountSupervisorsAsync(filter, ct));
    }

    /// <summary>
    /// The groups a viewer's report covers: one of their invited or active members works at an office in scope (a pooled
    /// group counts for each office it draws from), narrowed to a region and an office, and alive in the period: not ended
    /// before it, and registered before its end or meeting in it.
    /// </summary>
    private IQueryable<SupervisionGroup> GroupsInScope(SupervisionReportFilter filter)
    {
        var groups = db.Set<SupervisionGroup>().AsQueryable();
        if (filter.OfficeIds is { } officeIds)
            groups = groups.Where(g => g.Members.Any(m => (m.Status == MemberStatus.Active || m.Status == MemberStatus.Invited)
                && officeIds.Contains(m.OfficeId)));
        if (filter.RegionId is { } regionId) groups = groups.Where(g => g.RegionId == regionId);
        if (filter.OfficeId is { } officeId)
            groups = groups.Where(g => g.Members.Any(m => (m.Status == MemberStatus.Active || m.Status == MemberStatus.Invited)
                && m.OfficeId == officeId));
        if (filter.FromUtc is { } from) groups = groups.Where(g => g.EndedAt == null || g.EndedAt >= from);
        // A group registered after the period still counts for the meetings it had in it (one moved in from paper, say).
        if (filter.ToUtc is { } to)
            groups = groups.Where(g => g.CreationTime < to || db.Set<SupervisionMeeting>().Any(m => m.GroupId == g.Id && m.StartsAt < to
                && (filter.FromUtc == null || m.StartsAt >= filter.FromUtc)));
        return groups;
    }

    /// <summary>
    /// Supervisors appointed at some time in the period, counted in their region; in a coordinator's scope when they work at
    /// one of its offices.
    /// </summary>
    private async Task<IReadOnlyList<SupervisorRegionCount>> CountSupervisorsAsync(SupervisionReportFilter filter, CancellationToken ct)
    {
        var supervisors = from s in db.Set<PeerSupervisor>().AsNoTracking()
                          join p in organisation.People on s.PersonId equals p.Id
                          select new { s.RegionId, s.AppointedOn, s.EndedOn, p.OfficeId };
        if (filter.OfficeIds is { } officeIds) supervisors = supervisors.Where(s => officeIds.Contains(s.OfficeId));
        if (filter.RegionId is { } regionId) supervisors = supervisors.Where(s => s.RegionId == regionId);
        if (filter.OfficeId is { } officeId) supervisors = supervisors.Where(s => s.OfficeId == officeId);
        var today = OsloTime.Today(clock);
        var first = filter.FromUtc is { } from ? DateOnly.FromDateTime(OsloTime.ToOslo(from)) : (DateOnly?)null;
        var last = filter.ToUtc is { } to ? DateOnly.FromDateTime(OsloTime.ToOslo(to)).AddDays(-1) : (DateOnly?)null;
        // Without a period: those appointed now.
        supervisors = first is null && last is null
            ? supervisors.Where(s => s.AppointedOn <= today && (s.EndedOn == null || s.EndedOn > today))
            : supervisors.Where(s => (last == null || s.AppointedOn <= last) && (first == null || s.EndedOn == null || s.EndedOn >= first));
        return await supervisors.GroupBy(s => s.RegionId).Select(g => new SupervisorRegionCount(g.Key, g.Count())).ToListAsync(ct);
    }
}
