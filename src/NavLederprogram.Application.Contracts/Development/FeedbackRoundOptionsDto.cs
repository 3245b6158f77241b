namespace NavLederprogram.Development;

/// <summary>What a new round is built from: the catalogue's areas (those the leader's roles require first) and the bounds.</summary>
public sealed record FeedbackRoundOptionsDto(IReadOnlyList<FeedbackAreaOptionDto> Areas, int MinInvitees, int DefaultMinimumAnswers,
    int LowestMinimumAnswers);
