namespace NavLederprogram.ELearning;

public sealed class QuestionOptionInput
{
    /// <summary>Kept when the option is edited, so that feedback and statistics follow it; empty for a new option.</summary>
    public Guid? Id { get; set; }

    public QuizTextInput? Text { get; set; }
    public bool IsCorrect { get; set; }
    public QuizTextInput? Feedback { get; set; }
}
