namespace NavLederprogram.Evaluations;

/// <summary>One answer as the respondent sends it: a rating or a choice's index in <paramref name="Value"/>, or a text.</summary>
public sealed record GivenAnswer(Guid QuestionId, int? Value, string? Text);
