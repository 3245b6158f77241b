using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

/// <summary>
/// The report's counts, grouped in the database: the groups in scope, their meetings, their attendance, their members per
/// office, and the supervisors per region — five statements whatever the number of groups. The groups in scope are one
/// query that the others join, so the scope rule is written once.
/// </summary>
public sealed class SupervisionReportQueries(NavLederprogramDbContext db, OrganisationReadModels organisation, TimeProvider clock) : ISupervisionReportQueries
{
    public async Task<SupervisionActivity> CountAsync(SupervisionReportFilter filter, CancellationToken ct)
    {
        var groups = GroupsInScope(filter);
        var meetings = from m in db.Set<SupervisionMeeting>().AsNoTracking()
                       join g in groups on m.GroupId equals g.Id
                       where (filter.FromUtc == null || m.StartsAt >= filter.FromUtc) && (filter.ToUtc == null || m.StartsAt < filter.ToUtc)
                       select m;

        var meetingCounts = await meetings
            .GroupBy(m => m.GroupId)
            .Select(g => new
            {
                GroupId = g.Key,
                Held = g.Count(m => m.Status == MeetingStatus.Held),
                Cancelled = g.Count(m => m.Status == MeetingStatus.Cancelled),
            })
            .ToDictionaryAsync(c => c.GroupId, ct);
        // Of the held meetings: every member registered at a meeting was expected, those marked attended came.
        var attendance = await meetings
            .Where(m => m.Status == MeetingStatus.Held)
            .SelectMany(m => m.Attendance, (m, a) => new { m.GroupId, a.Attended })
            .GroupBy(a => a.GroupId)
            .Select(g => new { GroupId = g.Key, Attended = g.Count(a => a.Attended), Expected = g.Count() })
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
            var came = attendance.GetValueOrDefault(g.Id);
            return new SupervisionGroupCount(g.Id, g.Name, g.Kind, g.SupervisorPersonId, g.RegionId, met?.Held ?? 0, met?.Cancelled ?? 0,
                came?.Attended ?? 0, came?.Expected ?? 0);
        }).ToList();
        return new SupervisionActivity(counts, memberships, await CountSupervisorsAsync(filter, ct));
    }

    /// <summary>
    /// The groups a viewer's report covers: one of their invited or active members works at an office in scope (a pooled
    /// group counts for each office it draws from), narrowed to a region and an office, and alive in the period.
    /// </summary>
    private IQueryable<SupervisionGroup> GroupsInScope(SupervisionReportFilter filter)
    {
        var groups = db.Set<SupervisionGroup>().AsQueryable();
        if (filter.OfficeIds is { } officeIds)
            groups = groups.Where(g => g.Members.Any(m => (m.Status == MemberStatus.Active || m.Status == MemberStatus.Invited) && officeIds.Contains(m.OfficeId)));
        if (filter.RegionId is { } regionId) groups = groups.Where(g => g.RegionId == regionId);
        if (filter.OfficeId is { } officeId)
            groups = groups.Where(g => g.Members.Any(m => (m.Status == MemberStatus.Active || m.Status == MemberStatus.Invited) && m.OfficeId == officeId));
        if (filter.ToUtc is { } to) groups = groups.Where(g => g.CreationTime < to);
        if (filter.FromUtc is { } from) groups = groups.Where(g => g.EndedAt == null || g.EndedAt >= from);
        return groups;
    }

    /// <summary>Supervisors appointed at some time in the period, counted in their region; in a coordinator's scope when they work at one of its offices.</summary>
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
