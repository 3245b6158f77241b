namespace NavLederprogram.ELearning;

public sealed record QuizOptionFeedbackDto(Guid OptionId, QuizLocalTextDto Text);
