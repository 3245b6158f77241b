namespace NavLederprogram.ELearning;

public sealed class QuizMatchDto
{
    public Guid PromptId { get; set; }
    public Guid ChoiceId { get; set; }
}
