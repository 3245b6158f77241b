namespace NavLederprogram.ELearning;

/// <summary>The learner matched the prompt <paramref name="PromptId"/> to the choice <paramref name="ChoiceId"/>.</summary>
public sealed record QuizMatch(Guid PromptId, Guid ChoiceId);
