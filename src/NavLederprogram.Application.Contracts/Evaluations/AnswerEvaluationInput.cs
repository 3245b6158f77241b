namespace NavLederprogram.Evaluations;

public sealed class AnswerEvaluationInput
{
    public List<GivenAnswerInput>? Answers { get; set; }
}
