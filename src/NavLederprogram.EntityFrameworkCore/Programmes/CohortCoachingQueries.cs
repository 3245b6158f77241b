using Microsoft.EntityFrameworkCore;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class CohortCoachingQueries(NavLederprogramDbContext db) : ICohortCoachingQueries
{
    public async Task<CoachingCohort?> FindAsync(Guid cohortId, CancellationToken ct) =>
        (await ReadAsync(db.Set<Cohort>().Where(c => c.Id == cohortId), ct)).SingleOrDefault();

    public Task<IReadOnlyList<CoachingCohort>> GetForParticipantAsync(Guid personId, CancellationToken ct) =>
        ReadAsync(db.Set<Cohort>().Where(c => db.Set<Enrolment>().Any(e => e.CohortId == c.Id && e.PersonId == personId
            && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed))), ct);

    public Task<IReadOnlyList<CoachingCohort>> GetFacilitatedByAsync(Guid userId, CancellationToken ct) =>
        ReadAsync(db.Set<Cohort>().Where(c => c.FacilitatorUserIds.Contains(userId)), ct);

    private async Task<IReadOnlyList<CoachingCohort>> ReadAsync(IQueryable<Cohort> cohorts, CancellationToken ct)
    {
        var rows = await cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Status, c.FacilitatorUserIds }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToList();
        var participants = (await db.Set<Enrolment>().AsNoTracking()
                .Where(e => ids.Contains(e.CohortId) && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed))
                .Select(e => new { e.CohortId, e.PersonId }).ToListAsync(ct))
            .ToLookup(e => e.CohortId, e => e.PersonId);
        return rows.Select(r => new CoachingCohort(r.Id, r.Name, r.Status, r.FacilitatorUserIds, participants[r.Id].ToList())).ToList();
    }
}
