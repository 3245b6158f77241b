namespace NavLederprogram.Development;

/// <summary>
/// A colleague invited to a round: who, the hash of their answer link, and only THAT they answered — never which answer
/// is theirs or when. Kept apart from the round so that an answer changes nothing on the leader's aggregate.
/// </summary>
public class FeedbackInvitee
{
    public Guid RoundId { get; private set; }
    public Guid PersonId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public bool Answered { get; private set; }

    private FeedbackInvitee() { }

    /// <summary>A new invitee and the token of their link, which is never stored.</summary>
    internal static (FeedbackInvitee Invitee, string Token) Invite(Guid roundId, Guid personId)
    {
        var token = FeedbackToken.New();
        return (new FeedbackInvitee { RoundId = roundId, PersonId = personId, TokenHash = FeedbackToken.Hash(token) }, token);
    }

    /// <summary>A fresh link for a reminder: the stored hash is all there is, so the old link stops working.</summary>
    public string Reissue()
    {
        if (Answered) throw new BusinessException(NavLederprogramErrorCodes.FeedbackAlreadyAnswered) { IsConflict = true };
        var token = FeedbackToken.New();
        TokenHash = FeedbackToken.Hash(token);
        return token;
    }

    internal void MarkAnswered()
    {
        if (Answered) throw new BusinessException(NavLederprogramErrorCodes.FeedbackAlreadyAnswered) { IsConflict = true };
        Answered = true;
    }
}
