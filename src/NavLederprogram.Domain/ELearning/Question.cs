using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A question in a quiz's bank. Immutable: an edit replaces it, so an attempt that copied it at its start is unchanged.
/// </summary>
public sealed record Question(
    Guid Id,
    QuestionKind Kind,
    string Pool,
    TranslatedText Text,
    decimal Points,
    TranslatedText? Feedback,
    IReadOnlyList<QuestionOption> Options,
    IReadOnlyList<string> AcceptedAnswers,
    IReadOnlyList<QuestionPair> Pairs)
{
    /// <summary>The question <paramref name="content"/> describes, or the rule it breaks (a 400 naming the field).</summary>
    public static Question Create(Guid id, QuestionContent content)
    {
        IReadOnlyList<QuestionOption> options = [];
        IReadOnlyList<string> accepted = [];
        IReadOnlyList<QuestionPair> pairs = [];
        switch (content.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                options = [.. content.Options.Select(o => o with { Id = o.Id == Guid.Empty ? Guid.NewGuid() : o.Id })];
                if (options.Count < 2 || options.Select(o => o.Id).Distinct().Count() != options.Count)
                    throw Invalid(NavLederprogramErrorCodes.QuestionNeedsOptions, "options");
                var correct = options.Count(o => o.IsCorrect);
                if (content.Kind == QuestionKind.SingleChoice && correct != 1)
                    throw Invalid(NavLederprogramErrorCodes.QuestionNeedsOneCorrect, "options");
                if (content.Kind == QuestionKind.MultipleChoice && correct == 0)
                    throw Invalid(NavLederprogramErrorCodes.QuestionNeedsCorrect, "options");
                break;
            case QuestionKind.TrueFalse:
                if (content.TrueIsCorrect is not { } trueIsCorrect) throw Invalid(NavLederprogramErrorCodes.QuestionNeedsTrueFalse, "trueIsCorrect");
                options =
                [
                    new QuestionOption(QuizConsts.TrueOptionId, new TranslatedText("Sant", "Sant", "True"), trueIsCorrect),
                    new QuestionOption(QuizConsts.FalseOptionId, new TranslatedText("Usant", "Usant", "False"), !trueIsCorrect),
                ];
                break;
            case QuestionKind.ShortAnswer:
                accepted = [.. content.AcceptedAnswers.Where(a => QuizScoring.Normalize(a).Length > 0).Select(a => a.Trim()).Distinct()];
                if (accepted.Count == 0) throw Invalid(NavLederprogramErrorCodes.QuestionNeedsAcceptedAnswer, "acceptedAnswers");
                break;
            case QuestionKind.Matching:
                pairs = [.. content.Pairs.Select(p => p with { Id = p.Id == Guid.Empty ? Guid.NewGuid() : p.Id })];
                if (pairs.Count < 2 || pairs.Select(p => p.Id).Distinct().Count() != pairs.Count)
                    throw Invalid(NavLederprogramErrorCodes.QuestionNeedsPairs, "pairs");
                break;
        }
        return new Question(id, content.Kind, content.Pool?.Trim() ?? "", content.Text, content.Points, content.Feedback, options, accepted, pairs);
    }

    private static BusinessException Invalid(string code, string field) => new(code) { Field = field };
}
