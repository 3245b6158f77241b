using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public sealed class CompetenceHoldings(NavLederprogramDbContext db) : ICompetenceHoldings
{
    public async Task<IReadOnlySet<Guid>> GetHoldersAsync(
        IReadOnlyCollection<Guid> personIds, Guid areaId, int minimumLevel, DateOnly on, CancellationToken ct)
    {
        if (personIds.Count == 0) return new HashSet<Guid>();
        var ids = personIds.Distinct().ToList();
        var rows = await db.Set<CompetenceEvidence>().AsNoTracking()
            .Where(e => ids.Contains(e.PersonId) && e.CompetenceAreaId == areaId && e.State == EvidenceState.Approved && e.AchievedOn <= on)
            .Select(e => new { e.PersonId, e.Level, e.AchievedOn, e.ValidUntil })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId)
            .Where(g => CompetenceStatusRules.Newest(g.Select(r => new EvidenceFact(r.Level, r.AchievedOn, r.ValidUntil)), on) is { } newest
                && newest.Level >= minimumLevel && (newest.ValidUntil is null || newest.ValidUntil >= on))
            .Select(g => g.Key)
            .ToHashSet();
    }
}
