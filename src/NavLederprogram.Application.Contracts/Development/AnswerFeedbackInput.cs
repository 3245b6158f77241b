namespace NavLederprogram.Development;

public sealed class AnswerFeedbackInput
{
    public List<FeedbackRatingInput>? Ratings { get; set; }
    public string? Comment { get; set; }
}
