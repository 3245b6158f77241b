namespace NavLederprogram.Development;

/// <summary>
/// One colleague's answer to a round. It carries no person, no token and no time, and its id is random: nothing in the row
/// or its order leads back to who wrote it.
/// </summary>
public class FeedbackResponse
{
    private readonly List<FeedbackRating> _ratings = [];

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    public IReadOnlyList<FeedbackRating> Ratings => _ratings;
    public string? Comment { get; private set; }

    private FeedbackResponse() { }

    internal FeedbackResponse(Guid roundId, IEnumerable<FeedbackRating> ratings, string? comment)
    {
        // Random, never time-ordered: a sequential id would tell the order in which colleagues answered.
        Id = Guid.NewGuid();
        RoundId = roundId;
        _ratings.AddRange(ratings);
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
