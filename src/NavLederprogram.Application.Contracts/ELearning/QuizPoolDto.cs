namespace NavLederprogram.ELearning;

/// <summary>A pool of the question bank and how many questions it holds ("" is the pool of questions not put in one).</summary>
public sealed record QuizPoolDto(string Pool, int QuestionCount);
