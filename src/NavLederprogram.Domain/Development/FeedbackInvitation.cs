namespace NavLederprogram.Development;

/// <summary>An invitee and the token of their personal answer link.</summary>
public sealed record FeedbackInvitation(FeedbackInvitee Invitee, string Token);
