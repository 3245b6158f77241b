namespace NavLederprogram.Evaluations;

/// <summary>
/// One respondent's answers, with no link to them: a random id (never time-ordered), the evaluation, the answers — no person,
/// no user, no time, not even the day (a reminder sent on a known day to those who had not answered would narrow a day's
/// answers down to a few people). Not audited, for the same reason.
/// </summary>
public sealed class EvaluationResponse
{
    private readonly List<EvaluationAnswer> _answers = [];

    public Guid Id { get; private set; }
    public Guid EvaluationId { get; private set; }
    public IReadOnlyList<EvaluationAnswer> Answers => _answers;

    private EvaluationResponse() { }

    internal EvaluationResponse(Guid evaluationId, IEnumerable<EvaluationAnswer> answers)
    {
        // Random, not Guid.CreateVersion7 as aggregates use: a time-ordered id would date the answer.
        Id = Guid.NewGuid();
        EvaluationId = evaluationId;
        _answers.AddRange(answers);
    }

    public EvaluationAnswer? Find(Guid questionId) => _answers.FirstOrDefault(a => a.QuestionId == questionId);
}
