namespace NavLederprogram.ELearning;

/// <summary>How a quiz question is answered, and so how it is scored.</summary>
public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Matching,
}
