namespace NavLederprogram.ELearning;

public sealed class SaveQuizInput
{
    /// <summary>The course the quiz belongs to; read when the quiz is created, a quiz never moves.</summary>
    public Guid? CourseId { get; set; }

    public QuizTextInput? Title { get; set; }
    public int? PassMarkPercent { get; set; }
    public int? AttemptLimit { get; set; }
    public int? TimeLimitMinutes { get; set; }
    public bool ShuffleQuestions { get; set; }
    public bool ShuffleOptions { get; set; }
    public List<QuizDrawInput>? Draws { get; set; }

    /// <summary>The stamp the editor read; a quiz changed since is refused (409) rather than overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }
}
