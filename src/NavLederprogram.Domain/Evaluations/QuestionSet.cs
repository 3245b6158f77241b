using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Spørreskjema: the questions an evaluation asks, in bokmål with nynorsk and English beside it, and how many answers a
/// result needs before anyone sees it. National when <see cref="RegionId"/> is null; a coordinator's set belongs to their region.
/// </summary>
public class QuestionSet : AuditedAggregateRoot
{
    private List<EvaluationQuestion> _questions = [];

    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public IReadOnlyList<EvaluationQuestion> Questions => _questions;
    public int MinimumAnswers { get; private set; } = EvaluationConsts.DefaultMinimumAnswers;
    /// <summary>The short set sent after every gathering and supervision meeting.</summary>
    public bool IsPulse { get; private set; }
    public Guid? RegionId { get; private set; }

    private QuestionSet() { }

    public QuestionSet(Guid id, TranslatedText name, int minimumAnswers, IReadOnlyList<QuestionDraft> questions, Guid? regionId, bool isPulse = false)
        : base(id)
    {
        RegionId = regionId;
        IsPulse = isPulse;
        Change(name, minimumAnswers, questions);
    }

    /// <summary>Replaces name, threshold and questions; the order given is the order asked. Evaluations already made keep their copy.</summary>
    public void Change(TranslatedText name, int minimumAnswers, IReadOnlyList<QuestionDraft> questions)
    {
        Name = EvaluationRules.Name(name, "name");
        MinimumAnswers = EvaluationRules.MinimumAnswers(minimumAnswers);
        if (questions.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.EvaluationNoQuestions) { Field = "questions" };
        if (questions.Count > EvaluationConsts.MaxQuestions)
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationTooManyQuestions, EvaluationConsts.MaxQuestions) { Field = "questions" };
        var ids = new HashSet<Guid>();
        _questions = [.. questions.Select((q, i) => Question(q, i, ids))];
    }

    private static EvaluationQuestion Question(QuestionDraft draft, int index, HashSet<Guid> ids)
    {
        var field = $"questions[{index}]";
        var text = EvaluationRules.Text(draft.Text, field + ".text");
        var options = draft.Kind == EvaluationQuestionKind.SingleChoice ? draft.Options.Select(o => new TranslatedText(o.Nb, o.Nn, o.En)).ToList() : [];
        if (draft.Kind == EvaluationQuestionKind.SingleChoice
            && (options.Count is < 2 or > EvaluationConsts.MaxOptions || options.Any(o => o.Nb.Length is 0 or > EvaluationConsts.NameMax)))
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationOptions, 2, EvaluationConsts.MaxOptions) { Field = field + ".options" };
        // A new id for a new question, and for a copied row whose id is already used, so that answers never mix two questions.
        var id = draft.Id is { } given && given != Guid.Empty && ids.Add(given) ? given : NewId(ids);
        return new EvaluationQuestion(id, index + 1, draft.Kind, text, options);
    }

    private static Guid NewId(HashSet<Guid> ids)
    {
        var id = Guid.NewGuid();
        ids.Add(id);
        return id;
    }
}
