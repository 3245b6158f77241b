using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class EnrolmentRepository(NavLederprogramDbContext db) : IEnrolmentRepository
{
    private static readonly EnrolmentStatus[] Active = [EnrolmentStatus.Pending, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted, EnrolmentStatus.Completed];

    public Task<Enrolment?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Enrolment>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public Task<Enrolment?> FindActiveAsync(Guid cohortId, Guid personId, CancellationToken ct = default) =>
        db.Set<Enrolment>().FirstOrDefaultAsync(e => e.CohortId == cohortId && e.PersonId == personId && Active.Contains(e.Status), ct);

    public async Task<IReadOnlyList<Enrolment>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().Where(e => e.CohortId == cohortId).OrderBy(e => e.PlacementNumber).ThenBy(e => e.RequestedAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Enrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().AsNoTracking().Where(e => e.PersonId == personId).OrderByDescending(e => e.RequestedAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Enrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        var result = new List<Enrolment>();
        foreach (var chunk in personIds.Distinct().Chunk(500))
            result.AddRange(await db.Set<Enrolment>().AsNoTracking().Where(e => chunk.Contains(e.PersonId)).ToListAsync(ct));
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, EnrolmentCounts>> CountAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default)
    {
        var rows = await db.Set<Enrolment>().Where(e => cohortIds.Contains(e.CohortId))
            .GroupBy(e => new { e.CohortId, e.Status }).Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => r.CohortId).ToDictionary(g => g.Key, g =>
        {
            int Of(EnrolmentStatus s) => g.Where(r => r.Status == s).Sum(r => r.Count);
            return new EnrolmentCounts(Of(EnrolmentStatus.Enrolled), Of(EnrolmentStatus.Waitlisted), Of(EnrolmentStatus.Pending), Of(EnrolmentStatus.Completed));
        });
    }

    public async Task<IReadOnlyDictionary<Guid, int>> GetWaitlistPositionsAsync(IReadOnlyCollection<Guid> enrolmentIds,
        CancellationToken ct = default) =>
        enrolmentIds.Count == 0 ? new Dictionary<Guid, int>() : await db.Set<Enrolment>()
            .Where(e => enrolmentIds.Contains(e.Id) && e.Status == EnrolmentStatus.Waitlisted)
            .Select(e => new
            {
                e.Id,
                Position = db.Set<Enrolment>()
                    .Count(x => x.CohortId == e.CohortId && x.Status == EnrolmentStatus.Waitlisted
                        && x.PlacementNumber <= e.PlacementNumber),
            })
            .ToDictionaryAsync(e => e.Id, e => e.Position, ct);

    public async Task<long> LastPlacementNumberAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().Where(e => e.CohortId == cohortId).MaxAsync(e => e.PlacementNumber, ct) ?? 0;

    public Task<Enrolment?> NextOnWaitlistAsync(Guid cohortId, CancellationToken ct = default) =>
        db.Set<Enrolment>().Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Waitlisted).OrderBy(e => e.PlacementNumber).FirstOrDefaultAsync(ct);

    public async Task InsertAsync(Enrolment enrolment, CancellationToken ct = default) => await db.AddAsync(enrolment, ct);
}
