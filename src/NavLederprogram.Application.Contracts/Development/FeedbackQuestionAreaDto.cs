namespace NavLederprogram.Development;

public sealed record FeedbackQuestionAreaDto(Guid AreaId, string Name);
