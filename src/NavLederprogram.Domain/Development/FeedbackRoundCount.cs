namespace NavLederprogram.Development;

public sealed record FeedbackRoundCount(int Invited, int Answered);
