using Microsoft.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public sealed class SupervisionMeetingRepository(NavLederprogramDbContext db) : ISupervisionMeetingRepository
{
    public Task<SupervisionMeeting?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<SupervisionMeeting>().FirstOrDefaultAsync(m => m.Id == id, ct);

    public async Task<IReadOnlyList<SupervisionMeeting>> GetForGroupAsync(Guid groupId, CancellationToken ct = default) =>
        await db.Set<SupervisionMeeting>().Where(m => m.GroupId == groupId).OrderBy(m => m.StartsAt).ToListAsync(ct);

    public async Task<IReadOnlyList<SupervisionMeeting>> GetForGroupsAsync(IReadOnlyCollection<Guid> groupIds, DateTime from, DateTime to,
        CancellationToken ct = default) =>
        await db.Set<SupervisionMeeting>().AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId) && m.StartsAt >= from && m.StartsAt < to).OrderBy(m => m.StartsAt).ToListAsync(ct);

    public async Task InsertManyAsync(IEnumerable<SupervisionMeeting> meetings, CancellationToken ct = default) => await db.AddRangeAsync(meetings, ct);

    public void DeleteMany(IEnumerable<SupervisionMeeting> meetings) => db.RemoveRange(meetings);
}
