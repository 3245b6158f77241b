using Microsoft.EntityFrameworkCore;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class EvaluationCohortQueries(NavLederprogramDbContext db) : IEvaluationCohortQueries
{
    private static readonly EnrolmentStatus[] Participating = [EnrolmentStatus.Enrolled, EnrolmentStatus.Completed];

    public async Task<IReadOnlyList<EvaluationCohortCard>> GetCohortsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default)
    {
        var query = db.Set<Cohort>().AsNoTracking().Where(c => c.Status != CohortStatus.Cancelled);
        if (regionIds is not null) query = query.Where(c => c.RegionId == null || regionIds.Contains(c.RegionId.Value));
        return await CardsAsync(await query.OrderByDescending(c => c.StartsOn).ToListAsync(ct), ct);
    }

    public async Task<EvaluationCohortCard?> FindCohortAsync(Guid cohortId, CancellationToken ct = default)
    {
        var cohort = await db.Set<Cohort>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, ct);
        return cohort is null ? null : (await CardsAsync([cohort], ct))[0];
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetParticipantsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default)
    {
        if (cohortIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        var rows = await db.Set<Enrolment>().AsNoTracking().Where(e => cohortIds.Contains(e.CohortId) && Participating.Contains(e.Status))
            .Select(e => new { e.CohortId, e.PersonId }).ToListAsync(ct);
        return rows.GroupBy(r => r.CohortId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.PersonId).Distinct().ToList());
    }

    public async Task<IReadOnlyList<Guid>> GetCohortsOfParticipantAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().AsNoTracking().Where(e => e.PersonId == personId && Participating.Contains(e.Status)).Select(e => e.CohortId)
            .Distinct().ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> GetFacilitatedCohortsAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<Cohort>().AsNoTracking().Where(c => c.FacilitatorUserIds.Contains(userId)).Select(c => c.Id).ToListAsync(ct);

    private async Task<List<EvaluationCohortCard>> CardsAsync(List<Cohort> cohorts, CancellationToken ct)
    {
        var versionIds = cohorts.Select(c => c.ProgrammeVersionId).Distinct().ToList();
        var modules = (await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => v.Modules.OrderBy(m => m.Order).Select(m => new EvaluationModuleCard(m.Id, m.Title)).ToList());
        return cohorts.Select(c => new EvaluationCohortCard(c.Id, c.Name, c.RegionId,
            c.Sessions.OrderBy(s => s.StartsAt).Select(s => new EvaluationGatheringCard(s.Id, s.ModuleId, s.Title, s.StartsAt, s.EndsAt)).ToList(),
            modules.GetValueOrDefault(c.ProgrammeVersionId) ?? [])).ToList();
    }
}
