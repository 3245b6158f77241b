namespace NavLederprogram.Development;

/// <summary>A round in the leader's list: how many were invited and how many answered — never who.</summary>
public sealed record FeedbackRoundSummaryDto(Guid Id, string Title, DateTime OpensAt, DateTime ClosesAt, bool IsOpen, bool IsClosed,
    int Invited, int Answered, int MinimumAnswers);
