namespace NavLederprogram.ELearning;

public sealed record QuizQuestionResult(Guid QuestionId, decimal Points, QuestionOutcome Outcome);
