namespace NavLederprogram.Development;

/// <summary>
/// A round as its leader sees it. <see cref="IsResultShown"/> is false while the round is open and when fewer than
/// <see cref="FeedbackRoundSummaryDto.MinimumAnswers"/> answered; then no colleague's rating or comment is in it.
/// </summary>
public sealed record FeedbackRoundDto(FeedbackRoundSummaryDto Round, bool IsResultShown, IReadOnlyList<FeedbackAreaResultDto> Areas,
    IReadOnlyList<string> Comments, DateOnly? RemindedOn);
