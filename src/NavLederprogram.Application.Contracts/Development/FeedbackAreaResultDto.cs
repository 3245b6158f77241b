namespace NavLederprogram.Development;

/// <summary>
/// One area of the result: the leader's own rating and, when enough colleagues rated it, their number and average; the level of an
/// evidence requested from it, if any.
/// </summary>
public sealed record FeedbackAreaResultDto(Guid AreaId, string Name, int MaxLevel, int SelfRating, int? Rated, decimal? OthersAverage,
    int? RequestedLevel);
