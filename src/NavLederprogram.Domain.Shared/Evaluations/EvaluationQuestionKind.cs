namespace NavLederprogram.Evaluations;

/// <summary>
/// How an evaluation question is answered. Named apart from e-learning's quiz <c>QuestionKind</c>, whose labels
/// (<c>Enum:QuestionKind.*</c>) and API schema name it would otherwise share.
/// </summary>
public enum EvaluationQuestionKind
{
    /// <summary>A rating from 1 (strongly disagree) to 5 (strongly agree).</summary>
    Likert,
    SingleChoice,
    FreeText,
}
