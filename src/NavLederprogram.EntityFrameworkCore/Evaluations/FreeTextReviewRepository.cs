using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class FreeTextReviewRepository(NavLederprogramDbContext db) : IFreeTextReviewRepository
{
    public async Task<IReadOnlyDictionary<Guid, FreeTextCount>> CountAsync(CancellationToken ct = default) =>
        await db.Set<EvaluationResponse>().AsNoTracking()
            .SelectMany(r => r.Answers, (r, a) => new { r.EvaluationId, a.Text, a.Review })
            .Where(x => x.Text != null)
            .GroupBy(x => x.EvaluationId)
            .Select(g => new { g.Key, Pending = g.Count(x => x.Review == FreeTextReview.Pending), Total = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => new FreeTextCount(x.Pending, x.Total), ct);

    public async Task<IReadOnlyList<EvaluationResponse>> GetWithFreeTextAsync(Guid evaluationId, CancellationToken ct = default) =>
        await db.Set<EvaluationResponse>().Where(r => r.EvaluationId == evaluationId && r.Answers.Any(a => a.Text != null)).ToListAsync(ct);
}
