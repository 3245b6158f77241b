namespace NavLederprogram.Evaluations;

/// <summary>
/// That a person has answered an evaluation, and nothing more: no time, no id of the response. It keeps the person from
/// answering twice and from being reminded; it cannot say which response is theirs.
/// </summary>
public sealed class EvaluationRespondent
{
    public Guid EvaluationId { get; private set; }
    public Guid PersonId { get; private set; }

    private EvaluationRespondent() { }

    internal EvaluationRespondent(Guid evaluationId, Guid personId)
    {
        EvaluationId = evaluationId;
        PersonId = personId;
    }
}
