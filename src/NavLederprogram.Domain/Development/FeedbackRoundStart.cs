namespace NavLederprogram.Development;

/// <summary>A new round, its invitees and the tokens of their links — the only time the tokens exist outside the e-mails.</summary>
public sealed record FeedbackRoundStart(FeedbackRound Round, IReadOnlyList<FeedbackInvitation> Invitations);
