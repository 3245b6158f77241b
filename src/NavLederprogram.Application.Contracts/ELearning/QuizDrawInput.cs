namespace NavLederprogram.ELearning;

public sealed class QuizDrawInput
{
    public string? Pool { get; set; }
    public int? Count { get; set; }
}
