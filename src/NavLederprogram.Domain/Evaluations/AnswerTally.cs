namespace NavLederprogram.Evaluations;

/// <summary>How many answers to a question gave <paramref name="Value"/> (null: a free text), counted in the database.</summary>
public sealed record AnswerTally(Guid QuestionId, int? Value, int Count);
