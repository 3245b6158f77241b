using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

/// <summary>
/// Summaries in a fixed number of statements whatever the number of evaluations: the evaluations, their respondent counts, their
/// answers counted by question and value, and who may answer (one query per kind of target).
/// </summary>
public sealed class EvaluationSummaries(NavLederprogramDbContext db, IEvaluationAnswerRepository answers, EvaluationEligibility eligibility)
    : IEvaluationSummaries
{
    public async Task<IReadOnlyList<EvaluationSummary>> GetSummariesAsync(EvaluationSummaryFilter filter, CancellationToken ct)
    {
        var query = db.Set<Evaluation>().AsNoTracking();
        if (filter.RegionIds is { } regions) query = query.Where(e => e.RegionId != null && regions.Contains(e.RegionId.Value));
        if (filter.CohortId is { } cohortId) query = query.Where(e => e.CohortId == cohortId);
        if (filter.From is { } from) query = query.Where(e => e.ClosesAt >= from);
        if (filter.To is { } to) query = query.Where(e => e.ClosesAt < to);
        var evaluations = await query.OrderBy(e => e.OpensAt).ToListAsync(ct);
        if (evaluations.Count == 0) return [];
        var ids = evaluations.Select(e => e.Id).ToList();
        var answered = await db.Set<EvaluationRespondent>().AsNoTracking().Where(r => ids.Contains(r.EvaluationId))
            .GroupBy(r => r.EvaluationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var tallies = await answers.TallyAsync(ids, ct);
        var eligible = await eligibility.GetEligibleAsync(evaluations, ct);
        return evaluations.Select(e => new EvaluationSummary(e.Id, e.Title, e.TargetKind, e.CohortId, e.RegionId, answered.GetValueOrDefault(e.Id),
            eligible[e.Id].Count, LikertAverage(e, answered.GetValueOrDefault(e.Id), tallies.GetValueOrDefault(e.Id) ?? []))).ToList();
    }

    /// <summary>The mean of every rating given, or null below the threshold — the same rule as every other view of the answers.</summary>
    private static decimal? LikertAverage(Evaluation evaluation, int responses, IReadOnlyList<AnswerTally> tallies)
    {
        if (!EvaluationResults.IsShown(responses, evaluation.MinimumAnswers)) return null;
        var likert = evaluation.Questions.Where(q => q.Kind == EvaluationQuestionKind.Likert).Select(q => q.Id).ToHashSet();
        var ratings = tallies.Where(t => likert.Contains(t.QuestionId) && t.Value is not null).ToList();
        var count = ratings.Sum(t => t.Count);
        return count == 0 ? null : Math.Round((decimal)ratings.Sum(t => t.Value!.Value * t.Count) / count, 2);
    }
}
