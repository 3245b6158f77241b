using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class EvaluationSupervisionQueries(NavLederprogramDbContext db) : IEvaluationSupervisionQueries
{
    public async Task<IReadOnlyList<EvaluationGroupCard>> GetGroupsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default)
    {
        var query = db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.EndedAt == null);
        if (regionIds is not null) query = query.Where(g => regionIds.Contains(g.RegionId));
        return await query.OrderBy(g => g.Name).Select(g => new EvaluationGroupCard(g.Id, g.Name, g.RegionId)).ToListAsync(ct);
    }

    public Task<EvaluationGroupCard?> FindGroupAsync(Guid groupId, CancellationToken ct = default) =>
        db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.Id == groupId).Select(g => new EvaluationGroupCard(g.Id, g.Name, g.RegionId))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, Guid>> GetMeetingGroupsAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken ct = default) =>
        meetingIds.Count == 0 ? new Dictionary<Guid, Guid>()
            : await db.Set<SupervisionMeeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.GroupId, ct);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetMembersAsync(IReadOnlyCollection<Guid> groupIds, CancellationToken ct = default)
    {
        if (groupIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        var rows = await db.Set<SupervisionGroup>().AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .SelectMany(g => g.Members.Where(m => m.Status == MemberStatus.Active), (g, m) => new { GroupId = g.Id, m.PersonId }).ToListAsync(ct);
        return rows.GroupBy(r => r.GroupId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.PersonId).ToList());
    }

    public async Task<IReadOnlyList<Guid>> GetGroupsOfMemberAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.Members.Any(m => m.PersonId == personId && m.Status == MemberStatus.Active))
            .Select(g => g.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> GetGroupsLedByAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.SupervisorPersonId == personId || g.CoSupervisorPersonId == personId)
            .Select(g => g.Id).ToListAsync(ct);
}
