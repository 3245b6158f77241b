using NavLederprogram.Entities;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Evaluering: a question set asked about one target (a gathering, a module in a cohort, a cohort, a course, a supervision
/// group or meeting) within a window. It keeps a copy of the set's questions as they were when it was made. Who may answer is
/// not stored but resolved from the target when asked; who has answered is kept apart from what was answered.
/// </summary>
public class Evaluation : AuditedAggregateRoot
{
    private List<EvaluationQuestion> _questions = [];

    public Guid QuestionSetId { get; private set; }
    public string Title { get; private set; } = "";
    public EvaluationTargetKind TargetKind { get; private set; }
    public Guid TargetId { get; private set; }
    /// <summary>The cohort the target belongs to, for the comparison across cohorts.</summary>
    public Guid? CohortId { get; private set; }
    /// <summary>The region the target belongs to (null: national), for the coordinators' scope.</summary>
    public Guid? RegionId { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public int MinimumAnswers { get; private set; }
    public IReadOnlyList<EvaluationQuestion> Questions => _questions;
    public bool IsPulse { get; private set; }
    /// <summary>When those who may answer were told it had opened; null until then.</summary>
    public DateTime? OpeningNotifiedAt { get; private set; }
    /// <summary>When those who had not answered were last reminded.</summary>
    public DateTime? RemindedAt { get; private set; }

    private Evaluation() { }

    public Evaluation(Guid id, QuestionSet set, string title, EvaluationTarget target, DateTime opensAt, DateTime closesAt) : base(id)
    {
        QuestionSetId = set.Id;
        MinimumAnswers = set.MinimumAnswers;
        IsPulse = set.IsPulse;
        _questions = [.. set.Questions.Select(q => q.Copy())];
        TargetKind = target.Kind;
        TargetId = target.TargetId;
        CohortId = target.CohortId;
        RegionId = target.RegionId;
        Retitle(title);
        Reschedule(opensAt, closesAt);
    }

    public void Retitle(string title)
    {
        var text = title?.Trim() ?? "";
        if (text.Length is 0 or > EvaluationConsts.NameMax) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "title" };
        Title = text;
    }

    /// <summary>Sets the window, [opensAt, closesAt) in UTC.</summary>
    public void Reschedule(DateTime opensAt, DateTime closesAt)
    {
        var opens = DateTime.SpecifyKind(opensAt, DateTimeKind.Utc);
        var closes = DateTime.SpecifyKind(closesAt, DateTimeKind.Utc);
        if (closes <= opens) throw new BusinessException(NavLederprogramErrorCodes.EvaluationWindowReversed) { Field = "closesAt" };
        if (closes - opens > TimeSpan.FromDays(EvaluationConsts.MaxWindowDays))
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationWindowTooLong, EvaluationConsts.MaxWindowDays) { Field = "closesAt" };
        OpensAt = opens;
        ClosesAt = closes;
    }

    /// <summary>Replaces the threshold; never below <see cref="EvaluationConsts.LowestMinimumAnswers"/>.</summary>
    public void SetMinimumAnswers(int minimumAnswers) => MinimumAnswers = EvaluationRules.MinimumAnswers(minimumAnswers);

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    public bool HasClosedAt(DateTime now) => now >= ClosesAt;

    public EvaluationQuestion? FindQuestion(Guid questionId) => _questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>
    /// A person answers: refused when they may not answer, have answered, or the window is not open, or when an answer does not
    /// fit its question. Each answer is optional, but a response must answer something.
    /// </summary>
    public EvaluationSubmission Answer(Guid personId, bool eligible, bool alreadyAnswered, IReadOnlyList<GivenAnswer> answers, DateTime now)
    {
        if (!eligible) throw new BusinessException(NavLederprogramErrorCodes.EvaluationNotEligible);
        if (now < OpensAt) throw new BusinessException(NavLederprogramErrorCodes.EvaluationNotOpen) { IsConflict = true };
        if (HasClosedAt(now)) throw new BusinessException(NavLederprogramErrorCodes.EvaluationClosed) { IsConflict = true };
        if (alreadyAnswered) throw new BusinessException(NavLederprogramErrorCodes.EvaluationAlreadyAnswered) { IsConflict = true };
        var given = new List<EvaluationAnswer>();
        foreach (var (answer, index) in answers.Select((a, i) => (a, i)))
        {
            var question = FindQuestion(answer.QuestionId);
            if (question is null || given.Any(g => g.QuestionId == answer.QuestionId))
                throw new BusinessException(NavLederprogramErrorCodes.EvaluationAnswerInvalid) { Field = $"answers[{index}]" };
            if (Checked(question, answer, $"answers[{index}]") is { } checkedAnswer) given.Add(checkedAnswer);
        }
        if (given.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.EvaluationAnswerMissing) { Field = "answers" };
        return new EvaluationSubmission(new EvaluationRespondent(Id, personId), new EvaluationResponse(Id, given));
    }

    public void MarkOpeningNotified(DateTime now) => OpeningNotifiedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);

    public void MarkReminded(DateTime now) => RemindedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);

    private static EvaluationAnswer? Checked(EvaluationQuestion question, GivenAnswer answer, string field)
    {
        if (question.Kind == EvaluationQuestionKind.FreeText)
        {
            if (answer.Value is not null) throw new BusinessException(NavLederprogramErrorCodes.EvaluationAnswerInvalid) { Field = field };
            var text = answer.Text?.Trim();
            if (string.IsNullOrEmpty(text)) return null;
            if (text.Length > EvaluationConsts.TextMax)
                throw new BusinessException(NavLederprogramErrorCodes.EvaluationAnswerInvalid) { Field = field };
            return new EvaluationAnswer(question.Id, null, text);
        }
        if (!string.IsNullOrWhiteSpace(answer.Text) || answer.Value is { } v && !question.Accepts(v))
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationAnswerInvalid) { Field = field };
        return answer.Value is null ? null : new EvaluationAnswer(question.Id, answer.Value, null);
    }
}
