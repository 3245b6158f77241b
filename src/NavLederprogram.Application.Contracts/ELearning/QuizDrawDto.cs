namespace NavLederprogram.ELearning;

public sealed record QuizDrawDto(string Pool, int Count);
