using NavLederprogram.Entities;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Whether a pulse opens after each gathering and supervision meeting, and with which question set (one row). Without a set of its
/// own choosing it uses the seeded pulse set.
/// </summary>
public class PulseSettings : AuditedAggregateRoot
{
    public bool Enabled { get; private set; }
    public Guid? QuestionSetId { get; private set; }

    private PulseSettings() { }

    public PulseSettings(Guid id, bool enabled) : base(id) => Enabled = enabled;

    /// <summary>A pulse is short: a set with more questions than a pulse has, or none, is refused.</summary>
    public void Change(bool enabled, QuestionSet? questionSet)
    {
        if (questionSet is not null && (questionSet.Questions.Count == 0 || questionSet.Questions.Count > EvaluationConsts.PulseQuestions))
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationPulseSetTooLong, EvaluationConsts.PulseQuestions) { Field = "questionSetId" };
        Enabled = enabled;
        QuestionSetId = questionSet?.Id;
    }
}
