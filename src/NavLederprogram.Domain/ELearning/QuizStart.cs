namespace NavLederprogram.ELearning;

/// <summary>The attempt to take; <paramref name="IsNew"/> when it was just started and must be inserted.</summary>
public sealed record QuizStart(QuizAttempt Attempt, bool IsNew);
