namespace NavLederprogram.Evaluations;

/// <summary>
/// That one occurrence (a cohort's gathering, a supervision meeting) has its pulse. Unique per target, so that a second run of the
/// job, or a second node running it at the same moment, cannot open another: the second insert is refused by the database.
/// </summary>
public class EvaluationPulse
{
    public Guid EvaluationId { get; private set; }
    public EvaluationTargetKind TargetKind { get; private set; }
    public Guid TargetId { get; private set; }

    private EvaluationPulse() { }

    public EvaluationPulse(Guid evaluationId, EvaluationTargetKind targetKind, Guid targetId)
    {
        EvaluationId = evaluationId;
        TargetKind = targetKind;
        TargetId = targetId;
    }
}
