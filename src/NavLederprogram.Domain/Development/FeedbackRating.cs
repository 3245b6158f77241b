namespace NavLederprogram.Development;

/// <summary>A colleague's rating of one area; null when they cannot judge it.</summary>
public sealed class FeedbackRating
{
    public Guid AreaId { get; private set; }
    public int? Rating { get; private set; }

    private FeedbackRating() { }

    public FeedbackRating(Guid areaId, int? rating)
    {
        if (rating is < FeedbackRoundConsts.LowestRating or > FeedbackRoundConsts.HighestRating)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackRatingRange, FeedbackRoundConsts.LowestRating, FeedbackRoundConsts.HighestRating)
            { Field = "ratings" };
        AreaId = areaId;
        Rating = rating;
    }
}
