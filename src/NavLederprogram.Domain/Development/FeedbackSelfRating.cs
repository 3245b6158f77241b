namespace NavLederprogram.Development;

/// <summary>The leader's own rating of one competence area in a round; the areas of a round are the areas rated here.</summary>
public sealed class FeedbackSelfRating
{
    public Guid AreaId { get; private set; }
    public int Rating { get; private set; }

    private FeedbackSelfRating() { }

    public FeedbackSelfRating(Guid areaId, int rating)
    {
        if (rating is < FeedbackRoundConsts.LowestRating or > FeedbackRoundConsts.HighestRating)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackRatingRange, FeedbackRoundConsts.LowestRating, FeedbackRoundConsts.HighestRating)
            { Field = "selfRatings" };
        AreaId = areaId;
        Rating = rating;
    }
}
