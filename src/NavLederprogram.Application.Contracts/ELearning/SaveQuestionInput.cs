namespace NavLederprogram.ELearning;

/// <summary>A question; only the parts of its kind are read (options, true/false, accepted answers or pairs).</summary>
public sealed class SaveQuestionInput
{
    public QuestionKind? Kind { get; set; }
    public string? Pool { get; set; }
    public QuizTextInput? Text { get; set; }
    public decimal? Points { get; set; }
    public QuizTextInput? Feedback { get; set; }
    public List<QuestionOptionInput>? Options { get; set; }
    public bool? TrueIsCorrect { get; set; }
    public List<string>? AcceptedAnswers { get; set; }
    public List<QuestionPairInput>? Pairs { get; set; }
}
