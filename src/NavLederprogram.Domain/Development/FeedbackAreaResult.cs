namespace NavLederprogram.Development;

/// <summary>
/// One area of a round's result: the leader's own rating and, only when enough colleagues rated the area, how many did and their
/// average.
/// </summary>
public sealed record FeedbackAreaResult(Guid AreaId, int SelfRating, int? Rated, decimal? OthersAverage);
