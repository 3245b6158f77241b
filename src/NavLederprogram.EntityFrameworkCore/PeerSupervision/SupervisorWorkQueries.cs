using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisorWorkQueries(NavLederprogramDbContext db) : ISupervisorWorkQueries
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountOpenLedByAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return new Dictionary<Guid, int>();
        var open = db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.EndedAt == null);
        var led = await open.Where(g => personIds.Contains(g.SupervisorPersonId)).Select(g => g.SupervisorPersonId)
            .Concat(open.Where(g => g.CoSupervisorPersonId != null && personIds.Contains(g.CoSupervisorPersonId.Value)).Select(g => g.CoSupervisorPersonId!.Value))
            .ToListAsync(ct);
        return led.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
    }

    public async Task<IReadOnlySet<Guid>> GetAppointedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default) =>
        personIds.Count == 0 ? new HashSet<Guid>()
            : (await db.Set<PeerSupervisor>().AsNoTracking().Where(s => s.IsActive && personIds.Contains(s.PersonId)).Select(s => s.PersonId).ToListAsync(ct))
                .ToHashSet();

    public async Task<IReadOnlyList<SupervisionGroup>> GetGroupsAsync(IReadOnlyCollection<Guid> groupIds, CancellationToken ct = default) =>
        groupIds.Count == 0 ? [] : await db.Set<SupervisionGroup>().AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<SupervisionMeeting>> GetMeetingsStartingAsync(DateTime from, DateTime to, CancellationToken ct = default) =>
        await db.Set<SupervisionMeeting>().AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < to).OrderBy(m => m.StartsAt).ToListAsync(ct);
}
