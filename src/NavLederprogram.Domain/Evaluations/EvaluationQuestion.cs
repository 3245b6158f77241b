using NavLederprogram.Localization;

namespace NavLederprogram.Evaluations;

/// <summary>
/// One question of a set, kept by value: an evaluation copies its set's questions when it is created, so that a later change
/// to the set never changes what was asked, nor what the answers already given mean.
/// </summary>
public sealed class EvaluationQuestion
{
    public Guid Id { get; private set; }
    public int Order { get; private set; }
    public EvaluationQuestionKind Kind { get; private set; }
    public TranslatedText Text { get; private set; } = TranslatedText.Empty;
    /// <summary>The choices of a single-choice question, in order; an answer is the index of one of them. Empty otherwise.</summary>
    public List<TranslatedText> Options { get; private set; } = [];

    private EvaluationQuestion() { }

    internal EvaluationQuestion(Guid id, int order, EvaluationQuestionKind kind, TranslatedText text, IEnumerable<TranslatedText> options)
    {
        Id = id;
        Order = order;
        Kind = kind;
        Text = text;
        Options = [.. options];
    }

    /// <summary>Whether <paramref name="value"/> is an answer this question accepts (a rating, or the index of a choice).</summary>
    public bool Accepts(int value) => Kind switch
    {
        EvaluationQuestionKind.Likert => value is >= EvaluationConsts.LikertMin and <= EvaluationConsts.LikertMax,
        EvaluationQuestionKind.SingleChoice => value >= 0 && value < Options.Count,
        _ => false,
    };

    internal EvaluationQuestion Copy() => new(Id, Order, Kind, Text, Options);
}
