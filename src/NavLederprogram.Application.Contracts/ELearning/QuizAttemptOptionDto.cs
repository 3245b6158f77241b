namespace NavLederprogram.ELearning;

/// <summary>An option, a prompt or a matching choice as the learner sees it: an id and a text, nothing about correctness.</summary>
public sealed record QuizAttemptOptionDto(Guid Id, QuizLocalTextDto Text);
