namespace NavLederprogram.Development;

public sealed class CreateFeedbackRoundInput
{
    public string? Title { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
    /// <summary>Empty: <see cref="FeedbackRoundConsts.DefaultMinimumAnswers"/>.</summary>
    public int? MinimumAnswers { get; set; }
    /// <summary>The areas to be rated, each with the leader's own rating.</summary>
    public List<FeedbackSelfRatingInput>? SelfRatings { get; set; }
    public List<Guid>? InviteePersonIds { get; set; }
}
