namespace NavLederprogram.ELearning;

public sealed record QuestionPairDto(Guid Id, QuizTextDto Prompt, QuizTextDto Match);
