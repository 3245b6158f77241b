namespace NavLederprogram.ELearning;

public enum QuestionOutcome
{
    Correct,
    PartlyCorrect,
    Incorrect,
    Unanswered,
}
