namespace NavLederprogram.ELearning;

public sealed class QuizTextInput
{
    public string? Nb { get; set; }
    public string? Nn { get; set; }
    public string? En { get; set; }
}
