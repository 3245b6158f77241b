using System.Text;

namespace NavLederprogram.ELearning;

/// <summary>
/// How an answer is scored, on the server only. Single choice and true/false: all or nothing. Multiple choice: each
/// correct option chosen earns its share of the points and each wrong option chosen takes a share away
/// (points × (right − wrong) / correct options, never below zero), so choosing everything earns nothing.
/// Matching: a share per prompt matched right. Short answer: all if it equals an accepted answer once both are
/// normalized (Unicode NFC, case, surrounding and repeated whitespace).
/// </summary>
public static class QuizScoring
{
    public static QuizQuestionResult Score(QuizAttemptQuestion question, QuizAnswer? answer)
    {
        if (answer is null || IsEmpty(answer)) return new QuizQuestionResult(question.QuestionId, 0, QuestionOutcome.Unanswered);
        var share = question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.TrueFalse => answer.OptionIds.Count == 1
                && question.Options.Any(o => o.Id == answer.OptionIds[0] && o.IsCorrect) ? 1m : 0m,
            QuestionKind.MultipleChoice => MultipleChoiceShare(question, answer),
            QuestionKind.ShortAnswer => question.AcceptedAnswers.Any(a => Normalize(a) == Normalize(answer.Text ?? "")) ? 1m : 0m,
            QuestionKind.Matching => (decimal)question.Pairs.Count(p => answer.Matches.Any(m => m.PromptId == p.Id
                && question.Choices.Any(c => c.Id == m.ChoiceId && c.PairId == p.Id))) / question.Pairs.Count,
            _ => 0m,
        };
        var points = Math.Round(question.Points * share, 2, MidpointRounding.AwayFromZero);
        var outcome = share >= 1m ? QuestionOutcome.Correct : share > 0m ? QuestionOutcome.PartlyCorrect : QuestionOutcome.Incorrect;
        return new QuizQuestionResult(question.QuestionId, points, outcome);
    }

    /// <summary>Unicode NFC, lower case, trimmed, and every run of whitespace one space: "  Arbeids-  og\tVelferd " = "arbeids- og velferd".</summary>
    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A Fisher–Yates shuffle into a new list; the same seeded <paramref name="random"/> gives the same order.</summary>
    public static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static decimal MultipleChoiceShare(QuizAttemptQuestion question, QuizAnswer answer)
    {
        var chosen = answer.OptionIds.Distinct().ToHashSet();
        var correct = question.Options.Count(o => o.IsCorrect);
        var right = question.Options.Count(o => o.IsCorrect && chosen.Contains(o.Id));
        var wrong = question.Options.Count(o => !o.IsCorrect && chosen.Contains(o.Id));
        return Math.Max(0m, (decimal)(right - wrong) / correct);
    }

    private static bool IsEmpty(QuizAnswer answer) =>
        answer.OptionIds.Count == 0 && string.IsNullOrWhiteSpace(answer.Text) && answer.Matches.Count == 0;
}
