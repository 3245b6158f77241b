namespace NavLederprogram.Development;

/// <summary>
/// What the leader sees of a round. Nothing of the colleagues' answers shows before the round is closed — a result that changes as
/// answers arrive would tell the leader what each new answer said — nor when fewer than the round's minimum answered. Then each
/// area shows the others' average only when at least the minimum rated it (the rest could not judge), and the comments show in
/// an order that says nothing about who wrote them.
/// </summary>
public sealed record FeedbackResult(bool IsShown, int Answers, IReadOnlyList<FeedbackAreaResult> Areas, IReadOnlyList<string> Comments)
{
    public static FeedbackResult Of(FeedbackRound round, IReadOnlyList<FeedbackResponse> responses, DateTime now)
    {
        var shown = round.IsClosedAt(now) && responses.Count >= round.MinimumAnswers;
        var areas = round.SelfRatings.Select(self =>
        {
            if (!shown) return new FeedbackAreaResult(self.AreaId, self.Rating, null, null);
            var ratings = responses.SelectMany(r => r.Ratings).Where(r => r.AreaId == self.AreaId && r.Rating is not null)
                .Select(r => r.Rating!.Value).ToList();
            return ratings.Count >= round.MinimumAnswers
                ? new FeedbackAreaResult(self.AreaId, self.Rating, ratings.Count, Math.Round((decimal)ratings.Sum() / ratings.Count, 1))
                : new FeedbackAreaResult(self.AreaId, self.Rating, null, null);
        }).ToList();
        var comments = shown
            ? responses.Where(r => r.Comment is not null).Select(r => r.Comment!).Order(StringComparer.Ordinal).ToList()
            : [];
        return new FeedbackResult(shown, responses.Count, areas, comments);
    }
}
