namespace NavLederprogram.ELearning;

public sealed class QuestionPairInput
{
    public Guid? Id { get; set; }
    public QuizTextInput? Prompt { get; set; }
    public QuizTextInput? Match { get; set; }
}
