namespace NavLederprogram.ELearning;

public sealed record QuestionOptionDto(Guid Id, QuizTextDto Text, bool IsCorrect, QuizTextDto? Feedback);
