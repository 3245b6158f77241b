using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class EvaluationReminderRepository(NavLederprogramDbContext db) : IEvaluationReminderRepository
{
    public async Task<IReadOnlyList<Evaluation>> GetDueAsync(DateTime now, DateTime openedBy, DateTime closesBy, CancellationToken ct = default) =>
        await db.Set<Evaluation>()
            .Where(e => e.RemindedAt == null && e.OpensAt <= openedBy && e.ClosesAt > now && e.ClosesAt <= closesBy)
            .OrderBy(e => e.ClosesAt).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> GetRespondentsAsync(IReadOnlyCollection<Guid> evaluationIds,
        CancellationToken ct = default)
    {
        if (evaluationIds.Count == 0) return new Dictionary<Guid, IReadOnlySet<Guid>>();
        var rows = await db.Set<EvaluationRespondent>().AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId))
            .Select(r => new { r.EvaluationId, r.PersonId }).ToListAsync(ct);
        return rows.GroupBy(r => r.EvaluationId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(r => r.PersonId).ToHashSet());
    }
}
