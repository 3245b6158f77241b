namespace NavLederprogram.Evaluations;

/// <summary>
/// The threshold rule, in one place for every view of the answers (one evaluation, one cohort of a comparison, a filtered
/// selection): a number is shown only when at least <c>minimumAnswers</c> answers count towards it. Below it the view says
/// "too few answers to show", and gives no count, average, distribution or text.
/// </summary>
public static class EvaluationResults
{
    public static ResultSheet Compute(IReadOnlyList<EvaluationQuestion> questions, int minimumAnswers, int responses,
        IReadOnlyCollection<AnswerTally> tallies, IReadOnlyCollection<ReleasedText> texts)
    {
        // Never below the lowest threshold, whatever a caller passes.
        var threshold = Math.Max(minimumAnswers, EvaluationConsts.LowestMinimumAnswers);
        var hidden = responses < threshold;
        var results = questions.OrderBy(q => q.Order)
            .Select(q => hidden ? HiddenResult(q) : Question(q, threshold, tallies.Where(t => t.QuestionId == q.Id).ToList(), texts))
            .ToList();
        return new ResultSheet(responses, threshold, hidden, results);
    }

    public static bool IsShown(int answers, int minimumAnswers) => answers >= Math.Max(minimumAnswers, EvaluationConsts.LowestMinimumAnswers);

    private static QuestionResult HiddenResult(EvaluationQuestion q) => new(q.Id, q.Kind, true, null, null, null, null);

    private static QuestionResult Question(EvaluationQuestion q, int threshold, List<AnswerTally> tallies, IReadOnlyCollection<ReleasedText> texts)
    {
        var count = tallies.Sum(t => t.Count);
        if (count < threshold) return HiddenResult(q);
        switch (q.Kind)
        {
            case EvaluationQuestionKind.FreeText:
                var released = texts.Where(t => t.QuestionId == q.Id).Select(t => t.Text).Order(StringComparer.Ordinal).ToList();
                return new QuestionResult(q.Id, q.Kind, false, count, null, null, released);
            case EvaluationQuestionKind.Likert:
                var ratings = Enumerable.Range(EvaluationConsts.LikertMin, EvaluationConsts.LikertMax - EvaluationConsts.LikertMin + 1)
                    .Select(v => tallies.Where(t => t.Value == v).Sum(t => t.Count)).ToList();
                var counted = ratings.Sum();
                decimal? average = counted == 0 ? null
                    : Math.Round((decimal)tallies.Where(t => t.Value is not null).Sum(t => t.Value!.Value * t.Count) / counted, 2);
                return new QuestionResult(q.Id, q.Kind, false, count, average, ratings, null);
            default:
                var choices = Enumerable.Range(0, q.Options.Count).Select(v => tallies.Where(t => t.Value == v).Sum(t => t.Count)).ToList();
                return new QuestionResult(q.Id, q.Kind, false, count, null, choices, null);
        }
    }
}
