namespace NavLederprogram.Development;

public interface IFeedbackRoundRepository
{
    Task<FeedbackRound?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The leader's rounds, newest first.</summary>
    Task<IReadOnlyList<FeedbackRound>> GetOfPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>How many were invited to each round and how many of them answered — never who.</summary>
    Task<IReadOnlyDictionary<Guid, FeedbackRoundCount>> CountAsync(IReadOnlyCollection<Guid> roundIds, CancellationToken ct = default);
    Task<FeedbackInvitee?> FindInviteeByTokenHashAsync(string tokenHash, CancellationToken ct = default);
    Task<IReadOnlyList<FeedbackInvitee>> GetUnansweredAsync(Guid roundId, CancellationToken ct = default);
    Task<IReadOnlyList<FeedbackResponse>> GetResponsesAsync(Guid roundId, CancellationToken ct = default);
    Task InsertAsync(FeedbackRoundStart start, CancellationToken ct = default);
    Task InsertAsync(FeedbackResponse response, CancellationToken ct = default);
}
