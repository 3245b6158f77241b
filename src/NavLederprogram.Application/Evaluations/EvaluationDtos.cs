namespace NavLederprogram.Evaluations;

internal static class EvaluationDtos
{
    /// <summary>Evaluations with their set's name and how many answered of how many may: a fixed number of queries for any list.</summary>
    public static async Task<List<EvaluationDto>> ToDtosAsync(IReadOnlyList<Evaluation> list, IQuestionSetRepository sets, IEvaluationAnswerRepository answers,
        EvaluationEligibility eligibility, DateTime now, CancellationToken ct)
    {
        if (list.Count == 0) return [];
        var names = (await sets.GetListAsync(null, ct)).ToDictionary(s => s.Id, s => s.Name.In());
        var answered = await answers.CountResponsesAsync(list.Select(e => e.Id).ToList(), ct);
        var eligible = await eligibility.GetEligibleAsync(list, ct);
        return list.Select(e => new EvaluationDto(e.Id, e.Title, e.QuestionSetId, names.GetValueOrDefault(e.QuestionSetId, ""), e.TargetKind, e.TargetId, e.CohortId,
            e.RegionId, e.OpensAt, e.ClosesAt, e.MinimumAnswers, answered.GetValueOrDefault(e.Id), eligible[e.Id].Count, e.IsOpenAt(now), e.IsPulse)).ToList();
    }
}
