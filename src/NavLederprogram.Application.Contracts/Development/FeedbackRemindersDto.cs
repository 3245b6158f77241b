namespace NavLederprogram.Development;

/// <summary>How many colleagues who have not answered got a fresh link.</summary>
public sealed record FeedbackRemindersDto(int Reminded);
