namespace NavLederprogram.Development;

/// <summary>What an invitee's link opens: whom and what to rate, and whether an answer can still be given.</summary>
public sealed record FeedbackQuestionnaireDto(string Title, string LeaderName, DateTime ClosesAt, bool IsOpen, bool Answered,
    IReadOnlyList<FeedbackQuestionAreaDto> Areas);
