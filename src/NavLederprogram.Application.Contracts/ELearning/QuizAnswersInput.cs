namespace NavLederprogram.ELearning;

public sealed class QuizAnswersInput
{
    public List<QuizAnswerDto>? Answers { get; set; }
}
