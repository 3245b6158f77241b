namespace NavLederprogram.ELearning;

/// <summary>An answer to one question of the attempt: options chosen, a text written, or matches made.</summary>
public sealed class QuizAnswerDto
{
    public Guid QuestionId { get; set; }
    public List<Guid>? OptionIds { get; set; }
    public string? Text { get; set; }
    public List<QuizMatchDto>? Matches { get; set; }
}
