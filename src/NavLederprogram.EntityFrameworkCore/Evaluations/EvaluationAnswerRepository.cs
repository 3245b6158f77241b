using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class EvaluationAnswerRepository(NavLederprogramDbContext db) : IEvaluationAnswerRepository
{
    public Task<bool> HasAnsweredAsync(Guid evaluationId, Guid personId, CancellationToken ct = default) =>
        db.Set<EvaluationRespondent>().AnyAsync(r => r.EvaluationId == evaluationId && r.PersonId == personId, ct);

    public async Task<IReadOnlySet<Guid>> GetAnsweredAsync(Guid personId, IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default) =>
        evaluationIds.Count == 0 ? new HashSet<Guid>()
            : (await db.Set<EvaluationRespondent>().AsNoTracking().Where(r => r.PersonId == personId && evaluationIds.Contains(r.EvaluationId))
                .Select(r => r.EvaluationId).ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlySet<Guid>> GetRespondentsAsync(Guid evaluationId, CancellationToken ct = default) =>
        (await db.Set<EvaluationRespondent>().AsNoTracking().Where(r => r.EvaluationId == evaluationId).Select(r => r.PersonId).ToListAsync(ct))
            .ToHashSet();

    public async Task InsertAsync(EvaluationSubmission submission, CancellationToken ct = default)
    {
        await db.AddAsync(submission.Respondent, ct);
        await db.AddAsync(submission.Response, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountResponsesAsync(IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default) =>
        evaluationIds.Count == 0 ? new Dictionary<Guid, int>()
            : await db.Set<EvaluationResponse>().AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId))
                .GroupBy(r => r.EvaluationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AnswerTally>>> TallyAsync(IReadOnlyCollection<Guid> evaluationIds,
        CancellationToken ct = default)
    {
        if (evaluationIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<AnswerTally>>();
        var rows = await db.Set<EvaluationResponse>().AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId))
            .SelectMany(r => r.Answers, (r, a) => new { r.EvaluationId, a.QuestionId, a.Value })
            .GroupBy(x => new { x.EvaluationId, x.QuestionId, x.Value })
            .Select(g => new { g.Key.EvaluationId, g.Key.QuestionId, g.Key.Value, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.EvaluationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AnswerTally>)g.Select(r => new AnswerTally(r.QuestionId, r.Value, r.Count)).ToList());
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReleasedText>>> GetReleasedTextsAsync(IReadOnlyCollection<Guid> evaluationIds,
        CancellationToken ct = default)
    {
        if (evaluationIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<ReleasedText>>();
        var rows = await db.Set<EvaluationResponse>().AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId))
            .SelectMany(r => r.Answers, (r, a) => new { r.EvaluationId, a.QuestionId, a.Text, a.Review, a.ReviewedText })
            .Where(x => x.Text != null && x.Review != FreeTextReview.Pending)
            .ToListAsync(ct);
        // Sorted by text, so that nothing returns in the order the answers were stored.
        return rows.GroupBy(r => r.EvaluationId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReleasedText>)g
            .Select(r => new ReleasedText(r.QuestionId, r.Review == FreeTextReview.Redacted ? r.ReviewedText ?? "" : r.Text!))
            .OrderBy(t => t.Text, StringComparer.Ordinal).ToList());
    }

    public Task<bool> AnyAsync(Guid evaluationId, CancellationToken ct = default) =>
        db.Set<EvaluationRespondent>().AnyAsync(r => r.EvaluationId == evaluationId, ct);
}
