namespace NavLederprogram.Development;

/// <summary>The bounds of a 360° feedback round.</summary>
public static class FeedbackRoundConsts
{
    public const int TitleMax = 200;
    public const int CommentMax = 2000;
    /// <summary>Fewer colleagues than this could be told apart by the leader even behind the answer threshold.</summary>
    public const int MinInvitees = DevelopmentConsts.MinFeedbackInvitees;
    public const int MaxInvitees = 40;
    public const int MaxAreas = 20;
    public const int DefaultMinimumAnswers = DevelopmentConsts.DefaultMinimumAnswers;
    /// <summary>Below three, one colleague's rating could be read off the average.</summary>
    public const int LowestMinimumAnswers = DevelopmentConsts.LowestMinimumAnswers;
    public const int LowestRating = 1;
    public const int HighestRating = 5;
    public const int MaxWindowDays = 92;
    /// <summary>The invitee search answers this many people at most.</summary>
    public const int CandidateLimit = 20;
}
